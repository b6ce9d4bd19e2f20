# -br and -o listings of a bridge with a port: link, addr (-4/-6, dev, type), neigh, route.
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br0
ip addr add 10.3.0.1/24 dev br0
ip addr add fd00::1/64 dev br0 nodad
ip link set br0 up
ip link set v0 up
ip -br link
ip -br addr
ip -br -4 addr
ip -br -6 addr show dev br0
ip -br -c=never link show type veth
ip -br neigh
ip -o link
ip -o addr
ip -o -4 addr show up
ip -o route
