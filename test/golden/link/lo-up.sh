ip link set lo up
ip link show lo
ip link set lo down
ip link show lo
