# ss on both ends of a live connection (listener still open, as nc keeps it).
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -l 7000 > /dev/null &
sleep 0.2
(sleep 1; echo x) | ip netns exec a nc -N 10.0.0.2 7000 &
sleep 0.5
ip netns exec b ss -tan
ip netns exec a ss -tn
ip netns exec a ss -t
ip netns exec b ss -tn state established
ip netns exec b ss -tln sport = :7000
ip netns exec b ss -tln dport = :7000
wait
