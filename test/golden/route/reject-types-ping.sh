# Reject routes (blackhole/unreachable/prohibit/throw), IPv4 and IPv6: ping's connect errors, route get, listing,
# the type errors, and OutNoRoutes (IPv6 counts a connect ending on no route or a throw: ip6_dst_lookup_tail).
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n a link set lo up
ip -n a route add blackhole 10.1.0.0/24
ip -n a route add unreachable 10.2.0.0/24
ip -n a route add prohibit 10.3.0.0/24
ip -n a route add throw 10.4.0.0/24
ip -n a route
ip netns exec a ping -c1 -W1 10.1.0.1; echo rc=$?
ip netns exec a ping -c1 -W1 10.2.0.1; echo rc=$?
ip netns exec a ping -c1 -W1 10.3.0.1; echo rc=$?
ip netns exec a ping -c1 -W1 10.4.0.1; echo rc=$?
ip -n a route get 10.1.0.1; echo rc=$?
ip -n a route get 10.2.0.1; echo rc=$?
ip -n a route get 10.3.0.1; echo rc=$?
ip -n a route get 10.4.0.1; echo rc=$?
ip -n a -6 route add blackhole 2001:db8:1::/64
ip -n a -6 route add unreachable 2001:db8:2::/64
ip -n a -6 route add prohibit 2001:db8:3::/64
ip -n a -6 route add throw 2001:db8:4::/64
ip -n a -6 route
ip netns exec a ping -6 -c1 -W1 2001:db8:1::1; echo rc=$?
ip netns exec a ping -6 -c1 -W1 2001:db8:2::1; echo rc=$?
ip netns exec a ping -6 -c1 -W1 2001:db8:3::1; echo rc=$?
ip netns exec a ping -6 -c1 -W1 2001:db8:4::1; echo rc=$?
ip -n a -6 route get 2001:db8:1::1; echo rc=$?
ip -n a -6 route get 2001:db8:3::1; echo rc=$?
ip -n a -6 route get 2001:db8:4::1; echo rc=$?
ip -n a route add blackhole 10.1.0.0/24; echo rc=$?
ip -n a route add unreachable 10.5.0.0/24 dev va; echo rc=$?
ip -n a route add blackhole 10.6.0.0/24 via 10.0.0.2; echo rc=$?
ip -n a route add type blackhole 10.7.0.0/24 metric 5 proto static
ip -n a route show type blackhole
ip -n a route show type unreachable
ip -n a -d route show 10.7.0.0/24
ip netns exec a nstat -az IpOutNoRoutes Icmp6OutDestUnreachs Ip6OutNoRoutes
ip netns exec a nstat -az Ip6OutNoRoutes
for i in 1 2 3 4 ; do
ip netns exec a ping -6 -c1 -W1 2001:db8:$i::1; echo rc=$?
ip netns exec a nstat -az Ip6OutNoRoutes
done
ip netns exec a ping -6 -c1 -W1 2001:db8:9::1; echo rc=$?
ip netns exec a nstat -az Ip6OutNoRoutes
ip -n a -6 route get 2001:db8:9::1; echo rc=$?
ip -n a -6 route get 2001:db8:4::1; echo rc=$?
ip netns exec a nstat -az Ip6OutNoRoutes
