# Two namespaces on a bridge in the host, the bridge holding the gateway address.
ip link add br0 type bridge
ip addr add 10.0.0.1/24 dev br0
ip link set br0 up
for n in 1 2; do
  ip netns add ns$n
  ip link add veth$n type veth peer name eth0 netns ns$n
  ip link set veth$n master br0
  ip link set veth$n up
  ip -n ns$n addr add 10.0.0.1$n/24 dev eth0
  ip -n ns$n link set eth0 up
  ip -n ns$n route add default via 10.0.0.1
done
ip netns exec ns1 ping -c 2 -i 0.2 10.0.0.12; echo "rc=$?"
ip netns exec ns1 ping -c 2 -i 0.2 10.0.0.1; echo "rc=$?"
ping -c 2 -i 0.2 10.0.0.12; echo "rc=$?"
ip neigh show dev br0
ip -n ns1 neigh
ip -4 route
