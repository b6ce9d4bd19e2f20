# connect() without a route fails at once with ENETUNREACH.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a nc -v 10.9.9.9 80; echo rc=$?
ip netns exec a nc -zv 10.9.9.9 80; echo rc=$?
ip netns exec a nc 10.9.9.9 80; echo rc=$?
