# ip -6 addr flush / ip addr flush remove IPv6 addresses too (RTM_DELADDR
# AF_INET6 per address), and with the last address of a prefix its route.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va up; ip -n b link set vb up
ip -n a addr add 2001:db8::1/64 dev va nodad
ip -n a addr add 2001:db8:1::1/64 dev va nodad
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 2001:db8::2/64 dev vb nodad
ip -n b addr add 10.0.0.2/24 dev vb
ip netns exec a ping -6 -c1 -W1 2001:db8::2 >/dev/null; echo ping=$?
ip -n a -6 addr flush dev va scope global; echo rc=$?
ip -n a addr show dev va scope global
ip -n a -6 route show 2001:db8::/64
ip -n a -6 route show 2001:db8:1::/64
ip -n a -4 route
ip -n b addr flush dev vb; echo rc=$?
ip -n b addr show dev vb
ip -n b -6 route
ip -n b route
ip -n b -6 addr flush dev vb; echo rc=$?
