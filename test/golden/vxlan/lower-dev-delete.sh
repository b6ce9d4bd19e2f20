# A vxlan goes when its lower device goes; one without a lower device stays.
ip link add veth2 type veth peer name veth3
ip link add vx2 type vxlan id 2 dstport 4789 dev veth2
ip link add vx1 type vxlan id 1 dstport 4789
ip link del veth2
ip link show vx2; echo "s $?"
ip -br link show type vxlan
