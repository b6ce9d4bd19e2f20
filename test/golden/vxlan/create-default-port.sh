# A vxlan device without dstport: iproute2 warns, the kernel uses 8472.
ip link add vxlan0 type vxlan id 42
echo "status $?"
ip link add vxlan1 type vxlan id 43 dstport 4789
ip link add vxlan2 type vxlan id 44 dstport 0
ip -d link show vxlan0
ip -d link show vxlan1
ip -d link show vxlan2
ip link show type vxlan
ip link add vx3 type vxlan
echo "status $?"
ip link del vxlan1
ip -br link
