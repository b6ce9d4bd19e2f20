# remote/group make the all-zeros default FDB entry; it follows a changed remote.
ip link add veth0 type veth peer name veth1
ip link add vx1 type vxlan id 1 dstport 4789 remote 10.0.0.7
bridge fdb show dev vx1
ip link add vx2 type vxlan id 2 group 239.1.1.1 dev veth0 dstport 4789
bridge fdb show dev vx2
ip -d link show vx2 | tail -1
ip link set vx1 type vxlan remote 10.0.0.8
bridge fdb show dev vx1
ip link set vx1 type vxlan id 9; echo "s $?"
ip link set vx1 type vxlan dstport 1234; echo "s $?"
ip link set vx1 type vxlan ageing 100 nolearning; echo "s $?"
ip -d link show vx1 | tail -1
bridge fdb show
