ip link add veth0 type veth peer name veth1
ip addr add 10.1.0.1/24 dev veth0
ip link set veth0 up
ip -j -p addr show dev veth0
ip -p -j route
ip -j route show table local
ip -j -p link show lo
