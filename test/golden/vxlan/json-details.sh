# ip -j -d for vxlan devices with and without a lower device.
ip link add veth0 type veth peer name veth1
ip link add vx0 type vxlan id 5 dstport 4789 remote 10.0.0.2 local 10.0.0.1 dev veth0 srcport 1000 2000 tos 0x10 ttl 10 df set ageing 0 maxaddress 5 noudpcsum
ip -j -d link show vx0 | sed 's/"address":"[^"]*"/"address":"X"/'
echo
ip link add vx1 type vxlan id 6 dstport 0 nolearning tos inherit ttl inherit df inherit
ip -j -d link show vx1 | sed 's/"address":"[^"]*"/"address":"X"/'
echo
ip -d link show vx0
ip -d link show vx1
