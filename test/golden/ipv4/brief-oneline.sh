ip link add veth0 type veth peer name veth1
ip addr add 10.1.0.1/24 dev veth0
ip addr add 10.1.0.2/24 dev veth0
ip link set veth0 up
ip link set lo up
ip -br addr
ip -br -4 addr
ip -br link show type veth
ip -4 -o addr
ip -6 -o addr show dev lo
ip -o -4 addr show scope host
