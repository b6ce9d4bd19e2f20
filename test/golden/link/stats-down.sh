ip link add veth0 type veth peer name veth1
ip -s link show veth0
ip -s -s link show veth1
ip -s link show lo
ip -s -j link show lo
