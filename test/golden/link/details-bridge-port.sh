ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip link set veth0 master br0
ip -d link show veth0
ip -d link show veth1
ip -d link show br0
ip -d -j -p link show veth0
