# A bridge gets its link-local address from the MAC it had when its link
# became ready, and keeps it when a port's MAC takes over.
ip link add br0 type bridge
ip link set br0 up
ip -6 addr show dev br0
sleep 2.5
ip -6 addr show dev br0
ip -6 route show table local dev br0
ip link add veth0 type veth peer name veth1
ip link set veth0 master br0
ip -6 -o addr show dev br0
ip -o link show br0 | grep -o 'link/ether [^ ]*'
ip -o link show veth0 | grep -o 'link/ether [^ ]*'
ip link set veth0 up
ip -6 addr show dev veth0
