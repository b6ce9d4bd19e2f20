# nc -w: a connection attempt that gets no answer times out (the SYN goes to a MAC nobody has).
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip -n a neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev va
ip netns exec a nc -v -w 1 10.0.0.9 80; echo rc=$?
ip netns exec a nc -w 1 10.0.0.9 80; echo rc=$?
ip netns exec a nc -zv -w 1 10.0.0.9 80 81; echo rc=$?
