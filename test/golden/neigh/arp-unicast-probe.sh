# A STALE entry used again goes DELAY then PROBE: the unicast probe asks with a zero target hardware address (arp_solicit passes target_hw NULL).
ip netns add a; ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add eth0 netns a address 02:00:00:00:00:0a type veth peer name eth0 netns b address 02:00:00:00:00:0b
ip -n a addr add 10.0.0.1/24 dev eth0; ip -n b addr add 10.0.0.2/24 dev eth0
ip netns exec a sysctl -qw net.ipv4.neigh.eth0.base_reachable_time_ms=200 net.ipv4.neigh.eth0.delay_first_probe_time=1
ip -n a link set eth0 up; ip -n b link set eth0 up
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
sleep 2
ip -n a neigh show dev eth0
ip netns exec b tcpdump -nn -e -i eth0 -c 2 arp > /tmp/cap 2>/dev/null &
tp=$!
sleep 1
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
ip -n a neigh show dev eth0
wait $tp
sed 's/^[0-9:.]* //' /tmp/cap
ip -n a neigh show dev eth0
