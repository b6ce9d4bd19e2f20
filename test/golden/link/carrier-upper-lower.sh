# carrier flags across veth, macvlan, vxlan, bridge when lower/peer devices go down
ip link add v1 type veth peer name v2
ip link set v1 up
ip link show v1 | head -1
ip -br link show
ip link set v2 up
ip -br link show
ip link add mv0 link v1 type macvlan mode bridge
ip link set mv0 up
ip link show mv0 | head -1
ip link set v1 down
ip link show mv0 | head -1
ip -br link show mv0
ip link set v1 up
ip link set v2 down
ip link show mv0 | head -1
ip link show v1 | head -1
ip link add br0 type bridge
ip link set br0 up
ip link show br0 | head -1
ip link set v1 master br0
ip link show br0 | head -1
ip link set v2 up
sleep 0.1
ip link show br0 | head -1
ip -br link
ip link add vx0 type vxlan id 42 dstport 4789 dev v1 local 10.9.9.9
ip link set vx0 up
ip link show vx0 | head -1
ip -d link show vx0
ip link set v1 nomaster
ip link del v1
ip -br link
ip link show mv0 2>&1
ip -d link show vx0 | head -3
