# Packet Too Big and MTU changes: a path MTU learned from the router, then the host's own
# device MTU lowered below it and raised again (rt6_mtu_change on the exception and on routes'
# mtu metrics, a locked one kept), nc -z -u errors.
ip netns add a; ip netns add r; ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
for x in "a va" "r ra" "r rb" "b vb"; do set -- $x; ip -n $1 link set $2 up; done
ip -n a -6 addr add 2001:db8:1::2/64 dev va nodad
ip -n r -6 addr add 2001:db8:1::1/64 dev ra nodad
ip -n r -6 addr add 2001:db8:2::1/64 dev rb nodad
ip -n b -6 addr add 2001:db8:2::2/64 dev vb nodad
ip -n a -6 route add default via 2001:db8:1::1
ip -n b -6 route add default via 2001:db8:2::1
ip netns exec r sysctl -qw net.ipv6.conf.all.forwarding=1
ip -n r link set rb mtu 1400
ip -n b link set vb mtu 1400
ip netns exec a ping -c 2 -M do -s 1400 2001:db8:2::2 | grep -v rtt
m() { sed 's/expires [0-9]*sec/expires Nsec/'; }
ip -n a -6 route show cache | m
ip -n a -6 route add 2001:db8:5::/64 via 2001:db8:1::1 mtu 1450
ip -n a -6 route add 2001:db8:6::/64 via 2001:db8:1::1 mtu lock 1450
ip -n a link set va mtu 1350
ip -n a -6 route show | grep mtu
ip -n a -6 route show cache | m
ip -n a -6 route get 2001:db8:2::2 | m
ip -n a link set va mtu 1500
ip -n a -6 route show cache | m
ip -n a link set va mtu 1280
ip -n a -6 route show cache | m
ip -n a link set va mtu 1500
ip -n a -6 route show cache | m
ip netns exec a nc -6 -z -u -v -w 1 2001:db8:2::2 5000 2>&1; echo rc=$?
ip netns exec a nc -6 -z -u -v -w 1 2001:db8:2::2 5001 2>&1; echo rc=$?
ip netns exec b nstat -az Icmp6OutDestUnreachs
