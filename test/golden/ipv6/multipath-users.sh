# IPv6 multipath routes as users write them: nexthop lists with weights, append/prepend joining (or not)
# a group, pref/metric display, route get's choice under hash policy 0 and 1 (fixed seed), deleting one
# nexthop, replace, a sibling going down (refcounts cut from /proc/net/ipv6_route: per-CPU dsts).
ip netns add h; ip netns add r1; ip netns add r2
ip link add e1 netns h type veth peer name eth0 netns r1
ip link add e2 netns h type veth peer name eth0 netns r2
ip netns exec h sysctl -qw net.ipv4.fib_multipath_hash_seed=1234
ip -n h link set e1 up; ip -n h link set e2 up; ip -n r1 link set eth0 up; ip -n r2 link set eth0 up
ip -n h -6 addr add 2001:db8:1::10/64 dev e1 nodad
ip -n h -6 addr add 2001:db8:2::10/64 dev e2 nodad
ip -n r1 -6 addr add 2001:db8:1::1/64 dev eth0 nodad
ip -n r2 -6 addr add 2001:db8:2::1/64 dev eth0 nodad
ip -n h -6 route add 2001:db8:9::/64 nexthop via 2001:db8:1::1 dev e1 weight 1 nexthop via 2001:db8:2::1 dev e2 weight 3
ip -n h -6 route show 2001:db8:9::/64
ip -n h -6 route add 2001:db8:8::/64 via 2001:db8:1::1 metric 10
ip -n h -6 route append 2001:db8:8::/64 via 2001:db8:2::1 metric 10
ip -n h -6 route prepend 2001:db8:8::/64 via 2001:db8:2::1 dev e2 metric 10 2>&1
ip -n h -6 route show 2001:db8:8::/64
ip -n h -6 route add 2001:db8:7::/64 via 2001:db8:1::1 metric 10
ip -n h -6 route add 2001:db8:7::/64 via 2001:db8:2::1 metric 10 2>&1
ip -n h -6 route prepend 2001:db8:7::/64 via 2001:db8:2::1 metric 10
ip -n h -6 route show 2001:db8:7::/64
ip -n h -6 route add 2001:db8:6::/64 via 2001:db8:1::1 metric 20 pref high
ip -n h -6 route append 2001:db8:6::/64 via 2001:db8:2::1 metric 30 pref low
ip -n h -6 route show 2001:db8:6::/64
ip -n h -6 route add 2001:db8:5::/64 dev e1 metric 5
ip -n h -6 route append 2001:db8:5::/64 dev e2 metric 5 2>&1
ip -n h -6 route show 2001:db8:5::/64
for i in 1 2 3 4 5 6 7 8; do ip -n h -6 route get 2001:db8:9::$i; done
ip netns exec h sysctl -w net.ipv6.fib_multipath_hash_policy=1
for p in 1000 1001 1002 1003 1004 1005; do ip -n h -6 route get 2001:db8:9::1 ipproto udp sport $p dport 53; done
ip -n h -6 route del 2001:db8:9::/64 nexthop via 2001:db8:2::1 dev e2 2>&1
ip -n h -6 route show 2001:db8:9::/64
ip -n h -6 route del 2001:db8:8::/64 via 2001:db8:2::1 metric 10
ip -n h -6 route show 2001:db8:8::/64
ip -n h -6 route replace 2001:db8:8::/64 metric 10 nexthop via 2001:db8:1::1 nexthop via 2001:db8:2::1
ip -n h -6 route show 2001:db8:8::/64
ip -n h link set e2 down
ip -n h -6 route show 2001:db8:8::/64
ip -n h -6 route get 2001:db8:8::1
ip netns exec h cat /proc/net/ipv6_route | grep '^20010db8000800' | cut -c1-40,80-114,124-
