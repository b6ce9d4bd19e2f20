# nc -u -l -v -n reports the bound address and its first peer.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -u -v -n -l 5000 > /tmp/u 2>/tmp/e &
sleep 0.2
echo hi | ip netns exec a nc -u -q0 10.0.0.2 5000; echo rc=$?
sleep 0.2
cat /tmp/u /tmp/e
kill %1
