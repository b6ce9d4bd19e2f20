ip link add a1 type veth peer name a2
ip link add b1 type veth peer name b2
ip netns add n1
ip -n n1 link add x1 type veth peer name x2
ip -n n1 link add x3 type veth peer name x4
ip link set b1 netns n1
ip link set a1 netns n1
ip -n n1 -br link
ip -br link
ip -n n1 link add y1 type veth peer name y2
ip -n n1 -br link
