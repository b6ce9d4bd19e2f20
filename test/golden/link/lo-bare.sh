ip link
ip link show lo
ip -d link show lo
