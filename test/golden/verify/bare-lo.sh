# A bare sandbox holds only lo, DOWN, with no address and no route.
ip link
ip addr
ip route
ip netns list
hostname
ip link set lo up
ip addr show lo
ip route show table local
