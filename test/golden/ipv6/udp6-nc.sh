# nc -6 -u: a datagram to a listener bound to ::, and -z -u to a closed port
# (the ICMPv6 port unreachable makes a later send fail: exit status 1). The
# kernel rate-limits ICMPv6 errors per peer, and a new peer starts with no
# tokens (not modelled): the first -z -u only creates it, unchecked.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va address 02:00:00:00:00:0a
ip -n b link set vb address 02:00:00:00:00:0b
ip -n a link set va up
ip -n b link set vb up
ip -n a -6 addr add 2001:db8::1/64 dev va nodad
ip -n b -6 addr add 2001:db8::2/64 dev vb nodad
sleep 2
ip netns exec b timeout 1 nc -6 -u -v -l -p 9090 &
sleep 0.3
(echo dgram; sleep 0.3) | ip netns exec a timeout 1 nc -6 -u 2001:db8::2 9090; echo rc=$?
wait
ip netns exec a nc -z -u 2001:db8::2 9091
sleep 1
ip netns exec a nc -z -v -u 2001:db8::2 9091; echo rc=$?
ip netns del a
ip netns del b
