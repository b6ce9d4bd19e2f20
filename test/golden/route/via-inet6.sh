ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set lo up; ip -n b link set lo up
ip -n a link set va up; ip -n b link set vb up
ip -n a addr add 10.1.0.1/32 dev lo
ip -n b addr add 10.2.0.1/32 dev lo
ip -n a addr add 2001:db8::1/64 dev va nodad
ip -n b addr add 2001:db8::2/64 dev vb nodad
sleep 1
ip -n a route add 10.2.0.0/24 via inet6 2001:db8::2 dev va
ip -n b route add 10.1.0.0/24 via inet6 2001:db8::1 dev vb
ip -n a route show
ip -n a -d route show
ip -n a -j route show
ip -n a route get 10.2.0.1
ip -n a route get 10.2.0.1 fibmatch
ip netns exec a ping -c 2 -i 0.2 -I 10.1.0.1 10.2.0.1 | sed 's/time=.*//'
ip -n a -6 neigh show
ip -n a neigh show
ip netns exec a cat /proc/net/route
ip -n a route add 10.3.0.0/24 via inet6 fe80::1 dev va
ip -n a route add 10.4.0.0/24 via inet6 fe80::1
ip -n a route add 10.5.0.0/24 nexthop via inet6 2001:db8::2 dev va nexthop via inet6 2001:db8::3 dev va
ip -n a route show
ip -n a route del 10.3.0.0/24
ip -n a route add 10.6.0.0/24 via inet 10.9.9.9 dev va
ip -n a route add 10.7.0.0/24 via inet6 2001:db8::99
ip -n a route show
