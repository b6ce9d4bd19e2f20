# nc's own errors and usage.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a nc; echo rc=$?
ip netns exec a nc 10.0.0.2; echo rc=$?
ip netns exec a nc -zv 10.0.0.2 99999; echo rc=$?
ip netns exec a nc -zv 10.0.0.2 abc; echo rc=$?
ip netns exec a nc -zv 10.0.0.2 0; echo rc=$?
ip netns exec a nc -w abc 10.0.0.2 80; echo rc=$?
ip netns exec a nc -q x 10.0.0.2 80; echo rc=$?
ip netns exec a nc -l; echo rc=$?
ip netns exec a nc -X; echo rc=$?
ip netns exec a nc -Q 2>&1 | head -2
ip netns exec a nc -s 10.0.0.9 10.0.0.2 80; echo rc=$?
ip netns exec a nc -l 10.0.0.9 80; echo rc=$?
ip netns exec a nc -h 2>&1 | head -3
