# Calico-style routed pods on two nodes: /26 blocks, blackhole for the local block, bird-like routes
ip netns add n1; ip netns add n2
ip link add eth0 netns n1 type veth peer name eth0 netns n2
ip -n n1 addr add 172.18.0.11/24 dev eth0; ip -n n2 addr add 172.18.0.12/24 dev eth0
for n in n1 n2; do ip -n $n link set eth0 up; ip -n $n route add default via 172.18.0.1; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
mkpod() { # node pod ip hostif
  ip netns add $2
  ip -n $1 link add $4 type veth peer name eth0 netns $2
  ip -n $1 link set $4 up
  ip netns exec $1 sh -c "echo 1 > /proc/sys/net/ipv4/conf/$4/proxy_arp"
  ip -n $1 route add $3/32 dev $4 scope link
  ip -n $2 link set lo up
  ip -n $2 addr add $3/32 dev eth0
  ip -n $2 link set eth0 up
  ip -n $2 route add 169.254.1.1 dev eth0 scope link
  ip -n $2 route add default via 169.254.1.1 dev eth0
}
mkpod n1 p1 10.65.1.2 cali1a2b3c4d5e
mkpod n1 p2 10.65.1.3 cali9f8e7d6c5b
mkpod n2 p3 10.65.2.2 calia1a1a1a1a1
ip -n n1 route add blackhole 10.65.1.0/26 proto bird
ip -n n2 route add blackhole 10.65.2.0/26 proto bird
ip -n n1 route add 10.65.2.0/26 via 172.18.0.12 dev eth0 proto bird
ip -n n2 route add 10.65.1.0/26 via 172.18.0.11 dev eth0 proto bird
ip -n n1 route show
ip -n n1 route show proto bird
ip netns exec p1 ping -c 1 10.65.1.3 | grep ttl= | sed 's/time=.*//'
ip netns exec p1 ping -c 1 10.65.2.2 | grep ttl= | sed 's/time=.*//'
ip netns exec p1 ping -c 1 -W 1 10.65.1.9; echo "to unused: $?"
ip -n n1 route get 10.65.1.9
ip -n n1 route get 10.65.2.2
ip -n p1 neigh show
ip netns exec n1 nstat -az IpOutNoRoutes IpInNoRoutes IpForwDatagrams | tail -n +2
