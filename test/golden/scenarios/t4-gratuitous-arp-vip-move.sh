# Moving a floating VIP between two containers: the client's ARP cache is stale until a gratuitous ARP (arping -U)
ip link add br0 type bridge; ip link set br0 up
for n in lb1 lb2 client; do
  ip netns add $n
  ip link add v-$n type veth peer name eth0 netns $n
  ip link set v-$n master br0 up
  ip -n $n link set eth0 up
done
ip -n lb1 link set eth0 address 02:00:00:00:01:01
ip -n lb2 link set eth0 address 02:00:00:00:01:02
ip -n lb1 addr add 10.20.30.11/24 dev eth0; ip -n lb2 addr add 10.20.30.12/24 dev eth0
ip -n client addr add 10.20.30.100/24 dev eth0
ip -n lb1 addr add 10.20.30.50/24 dev eth0
ip netns exec client ping -c 1 -W 1 10.20.30.50 | grep -o '1 received'
ip -n client neigh show 10.20.30.50 | awk '{print $1,$5}'
echo "--- failover"
ip -n lb1 addr del 10.20.30.50/24 dev eth0
ip -n lb2 addr add 10.20.30.50/24 dev eth0
ip -n client neigh show 10.20.30.50 | awk '{print $1,$5}'
ip netns exec lb2 arping -U -c 1 -I eth0 10.20.30.50 | sed -n 1p
sleep 0.2
ip -n client neigh show 10.20.30.50 | awk '{print $1,$5}'
ip netns exec client sysctl net.ipv4.conf.eth0.arp_accept
ip netns exec client sysctl -qw net.ipv4.conf.eth0.arp_accept=1
ip netns exec lb2 arping -A -c 1 -I eth0 10.20.30.50 >/dev/null
sleep 0.2
ip -n client neigh show 10.20.30.50 | awk '{print $1,$5}'
ip netns exec client ping -c 1 -W 1 10.20.30.50 | grep -o '1 received'
