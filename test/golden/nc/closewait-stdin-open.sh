# client stays CLOSE-WAIT when the server closes and stdin is open
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b sh -c 'echo hello | nc -N -l 7000' &
sleep 0.3
(sleep 2; echo late) | ip netns exec a nc 10.0.0.2 7000 &
sleep 0.5
ip netns exec a ss -tan
ip netns exec b ss -tan
wait
ip netns exec a ss -tan
ip netns exec b ss -tan
