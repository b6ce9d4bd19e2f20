# bridge proxy ARP and neighbour suppression: the bridge answers ARP requests for hosts its own ARP table and FDB know
ip netns add a; ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
for p in va vb; do ip link set $p master br0; ip link set $p up; done
ip addr add 10.0.0.254/24 dev br0
ip link set br0 up
ip -n a link set eth0 address 02:00:00:00:0a:01 up
ip -n b link set eth0 address 02:00:00:00:0b:01 up
ip -n a addr add 10.0.0.1/24 dev eth0
ip -n b addr add 10.0.0.2/24 dev eth0
# b never asks (its probes would race with the captures below)
ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:0a:01 dev eth0
ip -n b neigh add 10.0.0.254 lladdr 02:00:00:00:fe:01 dev eth0
ip link set br0 address 02:00:00:00:fe:01
sleep 2
ping -c 1 -W 1 10.0.0.2 | grep transmitted
ip neigh show dev br0
echo "== proxy_arp on va"
ip link set dev va type bridge_slave proxy_arp on
ip -d link show dev va | grep -o 'proxy_arp [a-z]*'
ip netns exec a tcpdump -l -n -e -i eth0 arp 2>/dev/null &
sleep 1
r=$(ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted)
sleep 1
kill %1; wait
echo "$r"
ip -n a neigh show
echo "== proxy_arp on vb only: nothing is flooded to vb"
ip link set dev va type bridge_slave proxy_arp off
ip link set dev vb type bridge_slave proxy_arp on
ip -n a neigh flush all
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
ip -n a neigh show
ip netns exec b ping -c 1 -W 1 10.0.0.1 | grep transmitted
echo "== neigh_suppress on vb"
ip link set dev vb type bridge_slave proxy_arp off
bridge link set dev vb neigh_suppress on
ip -n a neigh flush all
ip netns exec b tcpdump -l -n -e -i eth0 arp 2>/dev/null &
ip netns exec a tcpdump -l -n -e -i eth0 arp 2>/dev/null &
sleep 1
r=$(ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted)
sleep 1
kill %1; sleep 0.5; kill %2; wait
echo "$r"
ip -n a neigh show
