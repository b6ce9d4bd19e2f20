# lo comes up: 127.0.0.1/8 appears with its local-table routes (no network
# broadcast route on this kernel, only 127.255.255.255).
ip -4 addr
ip -4 route show table all
ip link set lo up
ip -4 addr
ip -4 addr show dev lo
ip -4 -br addr
ip -4 -o addr
ip -4 route show table all
ip -4 route show table local
ip route
ip link set lo down
ip -4 addr
ip -4 route show table all
