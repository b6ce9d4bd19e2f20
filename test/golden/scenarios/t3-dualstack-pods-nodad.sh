# Dual-stack pod network: cni0 with IPv4 and IPv6 (nodad), pods pinging both families
ip link add cni0 type bridge
ip link set cni0 up
ip addr add 10.244.0.1/24 dev cni0
ip -6 addr add fd00:10:244::1/64 dev cni0 nodad
sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.forwarding=1
for i in 2 3; do
  ip netns add pod$i
  ip link add veth$i type veth peer name eth0 netns pod$i
  ip link set veth$i master cni0 up
  ip -n pod$i link set lo up
  ip -n pod$i addr add 10.244.0.$i/24 dev eth0
  ip -n pod$i -6 addr add fd00:10:244::$i/64 dev eth0 nodad
  ip -n pod$i link set eth0 up
  ip -n pod$i route add default via 10.244.0.1
  ip -n pod$i -6 route add default via fd00:10:244::1
done
ip -n pod2 -6 addr show dev eth0 scope global | grep inet6
ip netns exec pod2 ping -c1 -W2 fd00:10:244::3 | grep -o 'ttl=[0-9]*'
ip netns exec pod2 ping -6 -c1 -W2 fd00:10:244::1 | grep -o 'ttl=[0-9]*'
ip netns exec pod2 ping -c1 10.244.0.3 | grep -o 'ttl=[0-9]*'
ip -n pod2 -6 route show | grep -v fe80
ip -n pod2 -6 neigh show | grep fd00 | awk '{print $1, $NF}' | sort
ip -6 route get fd00:10:244::3
ip -n pod3 -6 route get fd00:10:244::2 from fd00:10:244::3
ip6tables -t nat -A POSTROUTING -s fd00:10:244::/64 ! -o cni0 -j MASQUERADE
ip6tables -t nat -S POSTROUTING
