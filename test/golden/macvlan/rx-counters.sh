# macvlan receive counters: unicast and broadcast bytes include the Ethernet header (macvlan_count_rx)
for n in h ext c1; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add eth0 netns h address 02:00:00:00:00:10 type veth peer name eth0 netns ext address 02:00:00:00:00:ee
ip -n h link set eth0 up
ip -n ext link set eth0 up
ip -n ext addr add 10.0.0.100/24 dev eth0
ip -n h link add link eth0 mv0 address 02:00:00:00:00:50 type macvlan mode bridge
ip -n h link set mv0 netns c1
ip -n c1 addr add 10.0.0.5/24 dev mv0
ip -n c1 link set mv0 up
ip netns exec ext ping -c 2 -W 1 10.0.0.5 | grep transmitted
ip -n c1 -s link show mv0 | sed -n 3,6p
ip -n ext -s link show eth0 | sed -n 3,6p
