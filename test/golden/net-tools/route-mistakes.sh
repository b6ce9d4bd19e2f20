# route add mistakes: -net without netmask, bad targets/prefixes/devices, missing arguments, bad options and metrics, mss/window/irtt.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
route add -net 192.168.5.0 gw 10.0.0.2; echo rc=$?
route add -net 300.1.1.0/24 dev veth0; echo rc=$?
route add -net 192.168.5.0/33 dev veth0; echo rc=$?
route add -net 192.168.5.0/24 dev nosuch; echo rc=$?
route add -net 192.168.5.0/24; echo rc=$?
route add gw 10.0.0.2; echo rc=$?
route add; echo rc=$?
route foo; echo rc=$?
route -X; echo rc=$?
route add -net 192.168.5.0/24 dev veth0 mss 1400 window 1000 irtt 50; echo rc=$?
route -n
route add -net 192.168.9.0/24 dev veth0 mod; echo rc=$?
route add -net 192.168.9.0/24 metric abc dev veth0; echo rc=$?
route del -net 192.168.99.0/24; echo rc=$?
