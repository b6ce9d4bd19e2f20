ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ip -s link show veth0
ip -s -s link show veth1
ip -s -br link
ip -s -j link show veth1
