# IPv6 neighbour states as ip -6 neigh shows them: REACHABLE with the router
# flag from a forwarding peer, FAILED for an absent address (and the ping's
# address unreachable); ip -6 addr/route errors. (STALE/DELAY/PROBE timings
# depend on the kernel's random reachable time: not reproducible as a golden.)
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va address 02:00:00:00:00:0a
ip -n b link set vb address 02:00:00:00:00:0b
ip netns exec b sysctl -qw net.ipv6.conf.all.forwarding=1
ip -n a link set va up
ip -n b link set vb up
ip -n a -6 addr add 2001:db8::1/64 dev va nodad
ip -n b -6 addr add 2001:db8::2/64 dev vb nodad
ip -n a -6 addr add 2001:db8::1/64 dev va nodad
ip -n a -6 addr add 2001:db8::1/64 dev va nodad; echo "rc=$?"
ip -n a -6 addr add 2001:db8:x::1/64 dev va; echo "rc=$?"
ip -n a -6 addr add 2001:db8::5/64 dev nosuch; echo "rc=$?"
ip -n a -6 addr del 2001:db8::7/64 dev va; echo "rc=$?"
ip netns exec a ping -c 1 -q 2001:db8::2 >/dev/null; echo "rc=$?"
ip -n a -6 neigh show dev va | grep -v fe80
ip netns exec a ping -c 1 -W 4 2001:db8::3; echo "rc=$?"
ip -n a -6 neigh show 2001:db8::3
ip -6 -n a neigh show nud failed
ip -n a -6 route add 2001:db8:5::/64 via 2001:db8::2; echo "rc=$?"
ip -n a -6 route add 2001:db8:5::/64 via 2001:db8::2; echo "rc=$?"
ip -n a -6 route add 2001:db8:6::/64 via 2001:db9::2; echo "rc=$?"
ip -n a -6 route del 2001:db8:7::/64; echo "rc=$?"
ip -n a -6 route get 2001:db8:5::1
ip -n a -6 route get 2001:db9::1; echo "rc=$?"
ip -n a -6 route show dev va
ip netns del a
ip netns del b
