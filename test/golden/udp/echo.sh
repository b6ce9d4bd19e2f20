# A UDP datagram to a listening nc; ss shows the listener connected to its first peer.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -u -l 5000 > /tmp/u &
sleep 0.2
ip netns exec b ss -uan
echo ping | ip netns exec a nc -u -w1 10.0.0.2 5000; echo rc=$?
sleep 0.2
cat /tmp/u
ip netns exec b ss -uan
ip netns exec b ss -ua
kill %1
