# vxlan option parsing and the kernel's validation.
ip link add vx0 type vxlan
echo "s $?"
ip link add vx0 type vxlan dstport 4789
echo "s $?"
ip link add vx0 type vxlan id 16777216 dstport 4789
echo "s $?"
ip link add vx0 type vxlan id abc dstport 4789
echo "s $?"
ip link add vx0 type vxlan id 5 dstport 4789 dev nope
echo "s $?"
ip link add vx0 type vxlan id 5 dstport 4789 remote 10.0.0.1 group 239.1.1.1
echo "s $?"
ip link add vx0 type vxlan id 5 dstport 4789 group 10.0.0.1
echo "s $?"
ip link add vx0 type vxlan id 5 dstport 4789 remote 239.1.1.1
echo "s $?"
ip link add vx0 type vxlan id 5 dstport 4789 group 239.1.1.1
echo "s $?"
ip link add vx0 type vxlan id 5 dstport 4789 local 239.1.1.1
echo "s $?"
ip link add vx0 type vxlan id 5 dstport 4789 ttl 256
echo "s $?"
ip link add vx0 type vxlan id 5 dstport 4789 ttl 300
echo "s $?"
ip link add vx0 type vxlan id 5 dstport 4789 srcport 100
echo "s $?"
ip link add vx0 type vxlan id 5 dstport 4789 srcport 200 100
echo "s $?"
ip link add vx0 type vxlan id 5 dstport 4789 bogus
echo "s $?"
ip link add vx0 type vxlan id 5 dstport 4789 remote foo
echo "s $?"
ip link add vx0 type vxlan id 5 dstport 4789 id 6
echo "s $?"
ip link add vx0 type vxlan id 5 dstport 70000
echo "s $?"
ip link add vx0 type vxlan id 5 dstport 4789 tos 0x10 ttl 10 df set srcport 1000 2000 ageing 30 proxy l2miss l3miss learning
echo "s $?"
ip -d link show vx0
ip link add vx1 type vxlan id 5 dstport 4789
echo "s $?"
ip link add vx1 type vxlan id 6 dstport 4789 noudpcsum tos inherit ttl inherit df inherit nolearning maxaddress 10
echo "s $?"
ip -d link show vx1
ip link add vx2 type vxlan id 7 dstport 4789 local 10.0.0.1
echo "s $?"
ip link add vx3 type vxlan id 7 dstport 4789 local 10.0.0.2
echo "s $?"
ip link add vx3 type vxlan id 8 dstport 4789 df unset ttl 0
ip -d link show vx3
ip link add vx4 type vxlan help
echo "s $?"
ip link set vx3 type vxlan id 9
echo "s $?"
ip link set vx3 type vxlan ageing 100
echo "s $?"
ip -d link show vx3
