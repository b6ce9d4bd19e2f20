ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
cat /proc/net/dev
ip netns add n1
ip netns exec n1 cat /proc/net/dev
