# UDP both ways with -q: the listener replies, -q1 client quits
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
(sleep 0.5; echo pong) | ip netns exec b nc -u -l 7024 > /tmp/l &
sleep 0.3
(echo ping; sleep 1) | ip netns exec a nc -u -q 1 10.0.0.2 7024 > /tmp/c; echo rc=$?
cat /tmp/l /tmp/c
ip netns exec b ss -uan
ip netns exec a ss -uan
kill %1 2>/dev/null; wait
