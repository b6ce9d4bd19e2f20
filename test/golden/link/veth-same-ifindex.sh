# A veth whose ends have the same ifindex in their namespaces (iflink ==
# ifindex): its carrier events settle at once on this kernel, up and down,
# even right after creation.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va up
ip -n a link show va
ip -n b link set vb up
ip -n a link show va
ip -n b link show vb
ip -n b link set vb down
ip -n a -br link show va
ip -n b link set vb up
ip -n a -br link show va
ip -n b -br link show vb
ip -n a link set va down
ip -n b -br link show vb
ip -n a link set va up
ip -n a -br link show va
ip -n b -br link show vb
