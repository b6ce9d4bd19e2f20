ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link show veth0
ip link set veth1 up
ip link
ip link set veth0 down
ip link
