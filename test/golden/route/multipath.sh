# IPv4 multipath routes: nexthop syntax, weights, realms, onlink; text, -d,
# -j listings and /proc/net/route (first nexthop); linkdown on carrier loss,
# dead when a device goes down (the route stays while one nexthop lives),
# gone with a device that is deleted.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth2
ip link set veth0 up; ip link set veth1 up; ip link set veth2 up; ip link set veth3 up
sleep 0.2
sysctl -w net.ipv4.fib_multipath_hash_seed=1234
ip route add 192.168.0.0/16 nexthop via 10.0.0.2 dev veth0 weight 2 nexthop via 10.0.1.2 dev veth2
ip route add 172.16.0.0/12 nexthop via 10.0.0.2 nexthop via 10.0.1.2 weight 3
ip route add 10.9.0.0/16 nexthop dev veth0 nexthop dev veth2
ip route add 10.8.0.0/16 proto static metric 5 src 10.0.0.1 nexthop via 10.0.0.2 dev veth0 onlink nexthop via 10.0.1.2 dev veth2 realms 3
ip route add 10.7.0.0/16 nexthop via 10.0.0.2
ip route add 10.6.0.0/16 table 100 nexthop via 10.0.0.2 nexthop via 10.0.1.2
ip route
ip -d route
ip -j route show 192.168.0.0/16
ip -j -p route show 10.8.0.0/16
ip route show table 100
ip route show 192.168.0.0/16 via 10.0.1.2
ip route show dev veth2
cat /proc/net/route
ip route get fibmatch 192.168.3.3
ip route get fibmatch 10.0.0.7
ip route get fibmatch 10.0.0.1
ip -j route get fibmatch 172.16.1.1
ip link set veth3 down
sleep 0.2
ip route
ip link set veth2 down
ip route
ip -d -j route show 192.168.0.0/16
ip link set veth2 up
sleep 0.2
ip route
ip link set veth0 down
ip link set veth2 down
ip route
ip link set veth0 up; ip link set veth2 up
sleep 0.2
ip route add 192.168.0.0/16 nexthop via 10.0.0.2 dev veth0 nexthop via 10.0.1.2 dev veth2
ip route add 172.16.0.0/12 nexthop via 10.0.0.2 nexthop via 10.0.1.2
ip route
ip link del veth2
ip route
