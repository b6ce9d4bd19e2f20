ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va up
ip -n b link set vb up
ip -n a addr add 2001:db8::1/64 dev va nodad
ip -n b addr add 2001:db8::2/64 dev vb nodad
ip -n b addr add 2001:db8:1::2/64 dev vb nodad
ip -n a route add 2001:db8:1::/64 via 2001:db8::2 mtu 1300
ip -n a -6 route show
ip netns exec a ping -c 1 -s 1400 2001:db8:1::2
ip netns exec a ping -c 1 -s 1200 2001:db8:1::2 | head -2
ip netns exec a ping -c 1 -M do -s 1400 2001:db8:1::2
ip -n a -6 route get 2001:db8:1::2
ip netns exec a ping -c 1 -s 1400 2001:db8::2 | head -2
ip -n a route change 2001:db8:1::/64 via 2001:db8::2 mtu lock 1300
ip netns exec a ping -c 1 -s 1400 2001:db8:1::2 | head -2
ip -n a -6 route show
ip netns exec a nstat -az Ip6FragCreates Ip6FragOKs 2>&1
ip -n b addr add 2001:db8:2::2/64 dev vb nodad
ip -n a route add 2001:db8:2::/64 via 2001:db8::2 mtu 9000
ip -n a -6 route get 2001:db8:2::2
ip netns exec a ping -c 1 -W 1 -s 2000 2001:db8:2::2
ip -n b -s link show vb | awk 'NR==4{print "rx dropped", $4}'
ip netns exec a ping -c 1 -W 1 -s 1000 2001:db8:2::2 | tail -2 | head -1
ip netns exec a nstat -az Ip6FragCreates Ip6FragOKs 2>&1
