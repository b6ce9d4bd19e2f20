# bridge fdb on a vxlan: append (head-end replication), per-MAC entries, replace, delete, -s/-j.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip link add vxlan0 type vxlan id 42 dstport 4789 local 10.0.0.1 dev veth0
bridge fdb show dev vxlan0
bridge fdb append 00:00:00:00:00:00 dev vxlan0 dst 10.0.0.2
bridge fdb append 00:00:00:00:00:00 dev vxlan0 dst 10.0.0.3
bridge fdb add 02:00:00:00:00:01 dev vxlan0 dst 10.0.0.4
bridge fdb add 02:00:00:00:00:01 dev vxlan0 dst 10.0.0.4
echo "status $?"
bridge fdb add 02:00:00:00:00:02 dev vxlan0 dst 10.0.0.5 port 5000 vni 7 via veth0
bridge fdb add 02:00:00:00:00:03 dev vxlan0
echo "status $?"
bridge fdb show dev vxlan0
bridge fdb show
bridge -s fdb show dev vxlan0
bridge -j fdb show dev vxlan0; echo
ip link set vxlan0 up
bridge fdb show dev vxlan0
bridge fdb del 00:00:00:00:00:00 dev vxlan0 dst 10.0.0.3
bridge fdb show dev vxlan0
bridge fdb del 02:00:00:00:00:09 dev vxlan0
echo "status $?"
bridge fdb replace 02:00:00:00:00:01 dev vxlan0 dst 10.0.0.9
bridge fdb show dev vxlan0
ip link add vx1 type vxlan id 1 dstport 0 remote 10.0.0.7
bridge fdb show dev vx1
ip -d link show vx1
ip link add vx2 type vxlan id 2 group 239.1.1.1 dev veth0 dstport 4789
bridge fdb show dev vx2
ip -d link show vx2
