# nc -lk serves one client after another.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -lk 80 > /tmp/got &
sleep 0.2
echo one | ip netns exec a nc -N 10.0.0.2 80
echo two | ip netns exec a nc -N 10.0.0.2 80
echo three | ip netns exec a nc -N 10.0.0.2 80
sleep 0.2
cat /tmp/got
kill %1
