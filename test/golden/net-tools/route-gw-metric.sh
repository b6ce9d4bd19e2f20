ip link add veth0 type veth peer name veth1
ifconfig veth0 10.70.0.1 netmask 255.255.255.0 up
ip link set veth1 up
route add default gw 10.70.0.254
route add -net 10.71.0.0 netmask 255.255.0.0 gw 10.70.0.253 metric 3
route add -host 10.72.0.5 dev veth0
route -n
route -e -n
route -ee -n | head -4
route del default
route del -net 10.71.0.0 netmask 255.255.0.0; echo rc=$?
route del -net 10.71.0.0 netmask 255.255.0.0; echo rc=$?
route add -net 10.73.0.0/16 gw 10.99.0.1; echo rc=$?
route -n
ip route
