ip link add veth0 type veth peer name veth1
ip link
ip link show veth0
ip link show dev veth1
