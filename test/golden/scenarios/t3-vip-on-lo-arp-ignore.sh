# A "service VIP" bound to lo on two backends with arp_ignore/arp_announce (LVS-DR style), client ARP checks
ip netns add client; ip netns add be1; ip netns add be2
ip link add sw type bridge; ip link set sw up
for n in client be1 be2; do
  ip link add sw-$n type veth peer name eth0 netns $n
  ip link set sw-$n master sw up
  ip -n $n link set eth0 up; ip -n $n link set lo up
done
ip -n client addr add 10.20.0.100/24 dev eth0
ip -n be1 addr add 10.20.0.11/24 dev eth0
ip -n be2 addr add 10.20.0.12/24 dev eth0
for b in be1 be2; do ip -n $b addr add 10.20.0.200/32 dev lo; done
ip netns exec client ping -c1 -W1 10.20.0.200 | grep -c 'bytes from'
ip -n client neigh flush all
for b in be1 be2; do
  ip netns exec $b sysctl -qw net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2
done
ip netns exec client ping -c1 -W1 10.20.0.200 | grep -c 'bytes from'
ip netns exec client ping -c1 -W1 10.20.0.11 | grep -c 'bytes from'
ip -n client neigh show | awk '{print $1, $NF}' | sort
ip netns exec be1 sysctl net.ipv4.conf.eth0.arp_ignore net.ipv4.conf.all.arp_ignore
