# MTU: lower device less 50, or 1500 without one; changes bounded by the lower device.
ip link add veth2 type veth peer name veth3
ip link add vx2 type vxlan id 2 dstport 4789 dev veth2
ip link add vx1 type vxlan id 1 dstport 4789
ip link add vx3 type vxlan id 3 dstport 4789 dev lo
ip link show vx2
ip link show vx3
ip link set vx1 mtu 9000; echo "s $?"
ip link set vx1 mtu 65535; echo "s $?"
ip link set vx1 mtu 65536; echo "s $?"
ip link set vx1 mtu 67; echo "s $?"
ip link set vx2 mtu 1451; echo "s $?"
ip link set vx2 mtu 1400; echo "s $?"
ip link show vx2
ip link set veth2 mtu 9000
ip link show vx2
ip link add vx4 type vxlan id 4 dstport 4789 dev veth2 mtu 9000; echo "s $?"
ip link add vx5 type vxlan id 5 dstport 4789 dev veth2 mtu 8950; echo "s $?"
ip -d link show vx5 | head -2
