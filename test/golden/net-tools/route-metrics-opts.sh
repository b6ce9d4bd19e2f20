# route add -net without a netmask (mask 0: EINVAL unless the target is 0.0.0.0), mss/window/irtt metrics in route -ne/-nee and ip route, mod/dyn/reinstate, option errors anywhere on the line (getopt permutes: 'metric -1').
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
route add -net 192.168.5.0 gw 10.0.0.2; echo rc=$?
route add -net 192.168.6.0 dev veth0; echo rc=$?
route add -net 10.0.0.0 dev veth0 metric 9; echo rc=$?
route add -net 172.16.0.0 dev veth0; echo rc=$?
route add -net 11.0.0.0 dev veth0; echo rc=$?
route add -net 12.1.0.0 dev veth0; echo rc=$?
route add -net 0.0.0.0 dev veth0; echo rc=$?
route add 192.168.9.0 dev veth0; echo rc=$?
route -n
route add -net 192.168.5.0/24 dev veth0 mss 1400 window 1000 irtt 50; echo rc=$?
route add -net 192.168.15.0/24 dev veth0 mss 1400; echo rc=$?
route add -net 192.168.16.0/24 dev veth0 window 8000; echo rc=$?
route add -net 192.168.17.0/24 dev veth0 irtt 100; echo rc=$?
route -n; route -ne; route -nee
ip route show table main
route add -net 192.168.9.0/24 dev veth0 mod; echo rc=$?
route add -net 192.168.9.0/24 dev veth0 dyn; echo rc=$?
route add -net 192.168.9.0/24 dev veth0 reinstate; echo rc=$?
route add -net 192.168.9.0/24 metric abc dev veth0; echo rc=$?
route add -net 192.168.10.0/24 metric -1 dev veth0; echo rc=$?
route add -net 192.168.11.0/24 dev veth0 mss; echo rc=$?
route add -net 192.168.11.0/24 dev veth0 mss abc; echo rc=$?
route -X; echo rc=$?
route -nX; echo rc=$?
route --bogus; echo rc=$?
