ip netns add n1
ip netns add n2
ip netns add n3
ip link add b1 type veth peer name b2
ip link add c1 type veth peer name c2
ip link set b1 netns n1
ip netns list
ip link set c1 netns n1
ip link set c2 netns n3
ip netns list
ip -n n3 link show
ip -n n1 link show c1
ip link set b2 netns n2
ip netns list
ip -n n2 link
ip -n n1 link show b1
ip -n n1 netns list
ip -n n2 netns list
ip netns list-id
ip -n n1 netns list-id
