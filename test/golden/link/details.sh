ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip -d link show veth0
ip -d link show br0
ip -d -j -p link show lo
