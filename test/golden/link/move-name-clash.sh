ip netns add n1
ip -n n1 link add veth0 type veth peer name veth9
ip link add veth0 type veth peer name veth1
ip link set veth0 netns n1; echo rc=$?
ip link set veth1 netns n1
ip -n n1 -br link
