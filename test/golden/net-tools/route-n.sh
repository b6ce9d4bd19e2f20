# route(8): the kernel table, adding and deleting routes the net-tools way.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
route -n; echo "rc=$?"
ip link set lo up
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip addr add 172.16.0.1/16 dev veth1
route -n
route add -net 192.168.1.0 netmask 255.255.255.0 dev veth0; echo "rc=$?"
route add -net 192.168.2.0/24 gw 10.0.0.254; echo "rc=$?"
route add -host 192.168.3.3 dev veth1; echo "rc=$?"
route add -net 192.168.4.0 netmask 255.255.255.0 gw 10.0.0.254 metric 5; echo "rc=$?"
route add default gw 10.0.0.254; echo "rc=$?"
route -n
route
ip route
route del -net 192.168.1.0 netmask 255.255.255.0; echo "rc=$?"
route del default; echo "rc=$?"
route add default dev veth1; echo "rc=$?"
route -n
ip route
route -n -e
route -ee -n
