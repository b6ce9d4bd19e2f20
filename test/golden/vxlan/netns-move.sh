# A vxlan device moves between namespaces; its socket and lower device stay behind.
ip link add veth0 type veth peer name veth1
ip link add vx0 type vxlan id 5 dstport 4789 remote 10.0.0.2 local 10.0.0.1 dev veth0
ip netns add t
ip link set vx0 netns t
echo "status $?"
ip -n t link show vx0
ip -n t -d link show vx0 | tail -1
ip netns exec t bridge fdb show dev vx0
ip netns exec t bridge -j fdb show dev vx0; echo
ip link del veth0
ip -n t link show
ip link add vx1 type vxlan id 6 dstport 4789
ip link set vx1 netns t
ip netns del t
ip link show vx1; echo "s $?"
