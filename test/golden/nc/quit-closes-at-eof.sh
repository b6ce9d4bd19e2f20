# nc -q 1 closes at stdin EOF
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -l 7001 > /tmp/o &
sleep 0.3
echo data | ip netns exec a nc -q 1 10.0.0.2 7001 &
sleep 0.4
ip netns exec a ss -tan
ip netns exec b ss -tan
wait
cat /tmp/o
ip netns exec a ss -tan
