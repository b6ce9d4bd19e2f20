# Proxy NDP: a router answers neighbour solicitations for hosts behind it (ip neigh add proxy,
# proxy_ndp per device); the proxy entry joins the target's solicited-node group.
for n in h1 h2 r; do ip netns add $n; ip -n $n link set lo up; done
ip link add eth0 netns h1 type veth peer name e1 netns r
ip link add eth0 netns h2 type veth peer name e2 netns r
ip -n h1 addr add 2001:db8::10/64 dev eth0 nodad; ip -n h2 addr add 2001:db8::20/64 dev eth0 nodad
ip -n r addr add 2001:db8::1/64 dev e1 nodad
ip -n h1 link set eth0 up; ip -n h2 link set eth0 up; ip -n r link set e1 up; ip -n r link set e2 up
ip -n r -6 route add 2001:db8::20/128 dev e2
ip -n h2 -6 route add default dev eth0
ip netns exec r sysctl -qw net.ipv6.conf.all.forwarding=1
ip netns exec r sysctl -w net.ipv6.conf.e1.proxy_ndp=1
ip -n r neigh add proxy 2001:db8::20 dev e1
ip -n r neigh add proxy 2001:db8::10 dev e2
ip netns exec r sysctl -w net.ipv6.conf.e2.proxy_ndp=1
ip -n r -6 route add 2001:db8::10/128 dev e1
ip -n r neigh show proxy
ip -6 -n r neigh show proxy dev e1
sleep 2
ip netns exec h1 ping -c 2 -i 0.3 -W 1 2001:db8::20 | sed -n '2,3p;/transmitted/p'
ip -n h1 -6 neigh show | grep -v fe80 | sed 's/lladdr [0-9a-f:]*/lladdr X/'
ip -n r -6 neigh show | grep -v fe80 | sed 's/lladdr [0-9a-f:]*/lladdr X/' | sort
ip -n r neigh del proxy 2001:db8::20 dev e1
ip -n r neigh show proxy
ip -n r neigh del proxy 2001:db8::99 dev e1; echo "exit $?"
ip netns exec r nstat -az Ip6OutForwDatagrams Icmp6InNeighborSolicits Icmp6OutNeighborAdvertisements
