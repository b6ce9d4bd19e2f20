# ARP flux: two interfaces on one segment both answer for each other's address until arp_ignore/arp_announce
ip link add br0 type bridge; ip link set br0 up
ip netns add host; ip netns add peer
for i in 1 2; do
  ip link add h$i type veth peer name eth$i netns host
  ip link set h$i master br0 up
  ip -n host link set eth$i address 02:00:00:00:0a:0$i
  ip -n host link set eth$i up
done
ip link add p0 type veth peer name eth0 netns peer
ip link set p0 master br0 up
ip -n peer link set eth0 up
ip -n host addr add 10.8.0.1/24 dev eth1
ip -n host addr add 10.8.0.2/24 dev eth2
ip -n peer addr add 10.8.0.100/24 dev eth0
ip netns exec peer arping -c 1 -w 1 -I eth0 10.8.0.2 | grep -o 'from [0-9.]* \[[0-9a-f:]*\]' | sort | uniq -c | awk '{print $1,$2,$3,$4}'
ip netns exec host sysctl -qw net.ipv4.conf.all.arp_ignore=1
ip netns exec peer arping -c 1 -w 1 -I eth0 10.8.0.2 | grep -o 'from [0-9.]* \[[0-9a-f:]*\]' | sort | uniq -c | awk '{print $1,$2,$3,$4}'
ip netns exec host sysctl -a 2>/dev/null | grep -E 'conf\.(all|eth1)\.arp_(ignore|announce)'
ip netns exec host sysctl -qw net.ipv4.conf.all.arp_announce=2
ip -n peer neigh flush all
ip netns exec host ping -c 1 -W 1 -I 10.8.0.2 10.8.0.100 >/dev/null
ip -n peer neigh show | awk '{print $1,$5,$NF}'
