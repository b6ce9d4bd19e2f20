# macvlan traffic: bridge mode switches between siblings inside the host (tcpdump on the lower device sees them come in), vepa needs the external switch to hairpin, private never lets siblings talk, and the lower device cannot reach its own macvlans.
ip netns add sw
ip netns add h
ip netns add ext
for n in sw h ext; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip -n sw link add br0 type bridge
ip -n sw link set br0 up
ip link add eth0 netns h type veth peer name p0 netns sw
ip link add eth0 netns ext type veth peer name p1 netns sw
for p in p0 p1; do ip -n sw link set $p master br0; ip -n sw link set $p up; done
ip -n ext addr add 10.0.0.100/24 dev eth0
ip -n ext link set eth0 up
ip -n h link set eth0 up
run() {
  mode=$1
  for i in 1 2; do
    ip netns add c$i
    ip netns exec c$i sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
    ip -n h link add link eth0 mv$i address 02:00:00:00:01:0$i type macvlan mode $mode
    ip -n h link set mv$i netns c$i
    ip -n c$i addr add 10.0.0.$i/24 dev mv$i
    ip -n c$i link set mv$i up
  done
  echo "== $mode"
  ip -n c1 -d link show mv1 | grep -o 'macvlan mode [a-z]*'
  ip netns exec c1 ping -c 1 -W 1 10.0.0.2 | grep -E 'transmitted'
  ip netns exec c1 ping -c 1 -W 1 10.0.0.100 | grep -E 'transmitted'
  ip netns exec ext ping -c 1 -W 1 10.0.0.2 | grep -E 'transmitted'
  ip -n c1 link del mv1
  ip -n c2 link del mv2
  ip netns del c1
  ip netns del c2
  ip -n ext neigh flush dev eth0
}
run bridge
run private
run vepa
ip netns exec sw bridge link set dev p0 hairpin on
run vepa
run private
ip -n h addr add 10.0.0.50/24 dev eth0
ip -n h link add link eth0 mv1 address 02:00:00:00:01:01 type macvlan mode bridge
ip -n h link add link eth0 mv2 address 02:00:00:00:01:02 type macvlan mode bridge
ip netns add c1
ip netns add c2
ip -n h link set mv1 netns c1
ip -n h link set mv2 netns c2
ip -n c1 addr add 10.0.0.1/24 dev mv1
ip -n c2 addr add 10.0.0.2/24 dev mv2
ip -n c1 link set mv1 up
ip -n c2 link set mv2 up
ip netns exec h tcpdump -n -e -i eth0 -c 2 icmp > /tmp/cap 2>/dev/null &
tp=$!
sleep 1
ip netns exec c1 ping -c 1 10.0.0.2 | grep transmitted
wait $tp
cat /tmp/cap
ip netns exec h ping -c 1 -W 1 10.0.0.1 | grep transmitted
