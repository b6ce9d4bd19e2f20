# The side that closes first keeps the connection in TIME-WAIT; the other side's socket is gone.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -l 8080 > /dev/null &
sleep 0.2
echo hello | ip netns exec a nc -N 10.0.0.2 8080
wait
ip netns exec a ss -tan
ip netns exec b ss -tan
ip netns exec a ss -ta
