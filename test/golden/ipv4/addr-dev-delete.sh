# Deleting a device takes its addresses and routes along; moving it to another
# namespace too.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth2
ip route add 192.168.0.0/16 via 10.0.0.2
ip -4 route show table all
ip link del veth0
ip -4 route show table all
ip netns add other
ip link set veth2 netns other
ip -4 route show table all
ip -n other -4 addr
ip -n other link set veth2 up
ip -n other -4 route show table all
