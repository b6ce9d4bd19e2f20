ip netns add n1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns n1
ip netns list
ip link
ip netns del n1
ip netns list
ip link
