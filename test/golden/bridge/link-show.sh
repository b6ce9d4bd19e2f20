# bridge link: ports only, disabled while down, forwarding once up; -d, -j,
# -p, -o and the dev filter.
bridge link
ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
bridge link
ip link set veth0 master br0
ip link set veth2 master br0
bridge link
bridge link show
bridge link show dev veth2
bridge -d link
bridge -j link
echo
bridge -j -p link show dev veth0
bridge -o link
ip link set br0 up
ip link set veth0 up
bridge link
ip link set veth1 up
bridge link
bridge -s link show dev veth0
ip link set veth2 nomaster
bridge link
