# udp client -q1 and listener
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -u -l 7004 > /tmp/u &
sleep 0.3
echo one | ip netns exec a nc -u -q 1 10.0.0.2 7004; echo rc=$?
sleep 0.2
cat /tmp/u
ip netns exec b ss -uan
kill %1; wait
