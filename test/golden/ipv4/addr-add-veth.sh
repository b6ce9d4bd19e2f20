# An address on a DOWN veth: only the local route exists until the device is
# up; the prefix and broadcast routes carry "linkdown" while there is no carrier.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip -4 addr show veth0
ip -4 route show table all
ip link set veth0 up
ip -4 addr show veth0
ip -4 route show table all
ip link set veth1 up
ip -4 route show table all
ip -4 -br addr
ip -4 -o addr show dev veth0
ip link set veth0 down
ip -4 route show table all
ip link set veth0 up
ip -4 route show table all
