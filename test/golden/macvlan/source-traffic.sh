# macvlan mode source traffic: copies of frames from a listed MAC whatever their destination (tcpdump, rx counters with the Ethernet header), no broadcast copy, nothing after flush, the list gone with mode bridge
for n in h ext c1; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add eth0 netns h address 02:00:00:00:00:10 type veth peer name eth0 netns ext address 02:00:00:00:00:ee
ip -n h link set eth0 up
ip -n ext link set eth0 up
ip -n ext addr add 10.0.0.100/24 dev eth0
ip -n h addr add 10.0.0.1/24 dev eth0
ip -n h link add link eth0 mv0 address 02:00:00:00:00:50 type macvlan mode source macaddr add 02:00:00:00:00:ee
ip -n h link set mv0 netns c1
ip -n c1 addr add 10.0.0.5/24 dev mv0
ip -n c1 link set mv0 up
ip -n c1 -d link show mv0 | grep -o 'mode source.*remotes ([0-9]*) [0-9a-f: ]*'
ip netns exec c1 timeout 10 tcpdump -n -e -i mv0 -c 2 icmp > /tmp/cap 2>/dev/null &
tp=$!
sleep 1
ip netns exec ext ping -c 2 -W 1 10.0.0.1 | grep transmitted
wait $tp
sed 's/^[0-9:.]* //; s/, id [0-9]*/, id X/' /tmp/cap
ip -n c1 -s link show mv0 | sed -n 4p
ip netns exec ext ping -c 1 -W 1 10.0.0.5 | grep transmitted
ip -n c1 neigh show
ip -n c1 link set mv0 type macvlan macaddr flush
ip netns exec ext ping -c 1 -W 1 10.0.0.1 | grep transmitted
ip -n c1 -s link show mv0 | sed -n 4p
ip -n c1 link set mv0 type macvlan mode bridge
ip -n c1 -d link show mv0 | grep -o 'macvlan mode [a-z]*'
ip -n c1 link set mv0 type macvlan macaddr add 02:00:00:00:00:ee; echo rc=$?
