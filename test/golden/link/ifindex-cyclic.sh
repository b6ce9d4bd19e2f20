ip link add a1 type veth peer name a2
ip link add b1 type veth peer name b2
ip link del a1
ip link add c1 type veth peer name c2
ip -br link
