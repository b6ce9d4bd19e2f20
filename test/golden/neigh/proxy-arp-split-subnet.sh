# Proxy ARP on a router joining one /24 split over two links; router interfaces without IPv4 on one side
for n in h1 h2 r; do ip netns add $n; ip -n $n link set lo up; done
ip link add eth0 netns h1 type veth peer name e1 netns r
ip link add eth0 netns h2 type veth peer name e2 netns r
ip -n h1 addr add 10.0.0.10/24 dev eth0; ip -n h2 addr add 10.0.0.20/24 dev eth0
ip -n h1 link set eth0 up; ip -n h2 link set eth0 up
ip -n r addr add 10.0.0.1/32 dev e1
ip -n r link set e1 up; ip -n r link set e2 up
ip -n r route add 10.0.0.10/32 dev e1; ip -n r route add 10.0.0.20/32 dev e2
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec r sysctl -w net.ipv4.conf.e1.proxy_arp=1 net.ipv4.conf.e2.proxy_arp=1
ip netns exec h1 ping -c 2 -i 0.2 -W 1 10.0.0.20 | sed -n '2,3p;/transmitted/p'
ip -n h1 neigh show
ip -n h2 neigh show
ip -n r neigh show | sort
ip -n r -s neigh show | sort
ip netns exec r cat /proc/net/arp
ip netns exec r nstat -az IpForwDatagrams IpOutNoRoutes
ip netns exec r arp -n | sort
