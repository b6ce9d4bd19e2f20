# ip -j -d link show for vxlan: "df":"unset" is printed in JSON only (the kernel always sends IFLA_VXLAN_DF).
# A VNI is taken per UDP port whatever the lower device (vxlan_vni_in_use).
ip link add vx0 type vxlan id 42 dstport 4789 local 10.0.0.1 nolearning
ip -j -d link show vx0
echo
ip link add vx1 type vxlan id 43 dstport 4789 df set ttl 5
ip -j -d link show vx1
echo
ip -d link show vx1
ip link add va type veth peer name vb
ip addr add 10.0.0.1/24 dev va
ip link add vx2 type vxlan id 42 dstport 4789 dev va remote 10.0.0.2
ip -j -d link show vx2
echo
ip link set vx2 up
ip -j -d link show vx2
ip -d link show vx2
ip link add vx3 type vxlan id 44 dstport 4789 dev va remote 10.0.0.2 df inherit
ip -j -d link show vx3
echo
ip -d link show vx3
ip link add vx4 type vxlan id 44 dstport 4790 dev va remote 10.0.0.3
ip link add vx5 type vxlan id 44 dstport 4789 remote 10.0.0.4
