# ip -br / -o / -d across veth, a bridge with a veth and a vxlan port, the vxlan
# (its port cost and ethtool settings are its lower device's: 10000Mb/s, cost 2).
ip link add br0 type bridge
ip link add d0 address 02:00:00:00:00:01 type veth peer name d1 address 02:00:00:00:00:03
ip link add vx0 address 02:00:00:00:00:02 type vxlan id 42 dstport 4789 local 10.0.0.1 dev d1
ip link set d0 master br0
ip link set vx0 master br0
ip link set br0 up; ip link set d0 up; ip link set d1 up
ip addr add 10.0.0.1/24 dev d1
ip addr add 10.1.0.1/24 dev br0
ip -6 addr add 2001:db8::1/64 dev br0 nodad
sleep 2.5
ip -br link
ip -br addr
ip -br -4 addr
ip -br -6 addr show dev br0
ip -br link show type veth
ip -br -c link
ip -o link
ip -o addr
ip -o -4 addr show dev d1
ip -d link show d0
ip -d link show br0
ip -d link show vx0
ip -d -br link
ip -o -d link show d1
ip -d addr show d1
ip -br -o link
ip -s -br link
ethtool vx0 | grep -E 'Speed|Duplex|Port:|Link'
ip link add vx1 type vxlan id 43 dstport 4789 local 10.0.0.1
ip link set vx1 master br0
bridge link show dev vx1
ethtool vx1 | grep -E 'Speed|Port:'
