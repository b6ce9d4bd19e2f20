# proxy: ARP requests reaching the vxlan (here from a container behind a bridge) are answered from the vxlan's neighbour table (arp_reduce), never flooded; with l3miss an unknown address is reported as an RTM_GETNEIGH "miss".
ip netns add a
ip netns add b
ip netns add c1
for n in a b c1; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add eth0 netns a type veth peer name eth0 netns b
ip -n a addr add 192.168.0.1/24 dev eth0
ip -n b addr add 192.168.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n a link add br0 type bridge
ip -n a link set br0 up
ip link add veth0 netns a type veth peer name eth0 netns c1
ip -n c1 link set eth0 address 02:00:00:00:00:c1
ip -n c1 addr add 10.2.0.1/24 dev eth0
ip -n c1 link set eth0 up
ip -n a link set veth0 master br0
ip -n a link set veth0 up
ip -n a link add vxlan0 address 02:00:00:00:00:0a type vxlan id 5 dstport 4789 dev eth0 nolearning proxy l3miss
ip -n a link set vxlan0 master br0
ip -n a link set vxlan0 up
ip -n a neigh add 10.2.0.3 lladdr 02:00:00:00:00:03 dev vxlan0 nud permanent
ip netns exec a bridge fdb add 02:00:00:00:00:03 dev vxlan0 dst 192.168.0.2
ip -n b link add vxlan0 address 02:00:00:00:00:03 type vxlan id 5 dstport 4789 dev eth0 nolearning
ip -n b addr add 10.2.0.3/24 dev vxlan0
ip -n b link set vxlan0 up
ip -n b neigh add 10.2.0.1 lladdr 02:00:00:00:00:c1 dev vxlan0 nud permanent
ip netns exec b bridge fdb add 02:00:00:00:00:c1 dev vxlan0 dst 192.168.0.1
ip -n a monitor neigh dev vxlan0 > /tmp/mon 2>&1 &
ip netns exec b tcpdump -n -i eth0 -c 2 udp > /tmp/cap 2>/dev/null &
tp=$!
sleep 1
ip netns exec c1 ping -c 1 10.2.0.3 | tail -2
wait $tp
cat /tmp/cap
ip -n c1 neigh show
ip netns exec c1 ping -c 1 -W 1 10.2.0.9 | tail -2
sleep 3
kill %1
wait
cat /tmp/mon
