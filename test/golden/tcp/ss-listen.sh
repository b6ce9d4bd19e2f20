# ss listings of a listener: numeric, with service names, with its process.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -l 80 > /dev/null &
sleep 0.2
ip netns exec b ss -tln
ip netns exec b ss -tl
ip netns exec b ss -tlnp
ip netns exec b ss -ltnH
ip netns exec a ss -tln
kill %1
