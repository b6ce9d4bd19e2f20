ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip -br link
ip -o link
ip -br link show veth0
ip -o -br link
