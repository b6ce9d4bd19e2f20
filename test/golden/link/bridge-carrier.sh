# (sleeps of 2.5 s: the bridge carrier waits for linkwatch's 1 s budget, which a
# loaded machine may overrun.)
ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip link set br0 up
ip link show br0
ip link set veth0 master br0
ip link set veth0 up
ip link set veth1 up
sleep 2.5
ip link show br0
ip link set veth1 down
sleep 2.5
ip link
