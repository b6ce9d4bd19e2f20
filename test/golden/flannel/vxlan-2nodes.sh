# Flannel's VXLAN backend between two nodes, built as flanneld does: flannel.1
# (VNI 1, port 8472, nolearning), 10.244.N.0/32 on it, an onlink route per
# remote subnet, a permanent neighbour and an FDB entry per remote VTEP.
ip netns add node1
ip netns add node2
ip link add eth0 netns node1 type veth peer name eth0 netns node2
for n in 1 2; do
  ip -n node$n addr add 192.168.1.$n/24 dev eth0
  ip -n node$n link set eth0 up
  ip -n node$n link set lo up
  ip -n node$n link add flannel.1 type vxlan id 1 dstport 8472 local 192.168.1.$n dev eth0 nolearning
  ip -n node$n link set flannel.1 address 02:00:00:00:0$n:01
  ip -n node$n addr add 10.244.$n.0/32 dev flannel.1
  ip -n node$n link set flannel.1 up
done
ip -n node1 route add 10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink
ip -n node2 route add 10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink
ip -n node1 neigh add 10.244.2.0 lladdr 02:00:00:00:02:01 dev flannel.1 nud permanent
ip -n node2 neigh add 10.244.1.0 lladdr 02:00:00:00:01:01 dev flannel.1 nud permanent
ip netns exec node1 bridge fdb append 02:00:00:00:02:01 dev flannel.1 dst 192.168.1.2
ip netns exec node2 bridge fdb append 02:00:00:00:01:01 dev flannel.1 dst 192.168.1.1
ip netns exec node1 tcpdump -n -e -i eth0 -c 4 udp > /tmp/cap 2>/tmp/caperr &
sleep 1
ip netns exec node1 ping -c 2 -i 0.2 10.244.2.0
wait
cat /tmp/caperr /tmp/cap
ip netns exec node1 bridge fdb show dev flannel.1
ip -n node1 -d link show flannel.1
ip -n node1 route
ip -n node1 neigh show dev flannel.1
ip -n node1 -4 addr show flannel.1
