# ARP / neighbour inspection on a LAN of three namespaces behind a bridge
ip link add br0 type bridge; ip link set br0 up
for i in 1 2 3; do
  ip netns add h$i
  ip link add p$i type veth peer name eth0 netns h$i
  ip link set p$i master br0 up
  ip -n h$i link set eth0 address 02:00:00:00:01:0$i
  ip -n h$i addr add 10.3.0.$i/24 dev eth0
  ip -n h$i link set eth0 up
done
ip -n h1 neigh
ip netns exec h1 arp -n; echo "rc=$?"
ip netns exec h1 ping -c 1 10.3.0.2 >/dev/null
ip netns exec h1 ping -c 1 10.3.0.3 >/dev/null
ip netns exec h1 ping -c 1 -W 1 10.3.0.9 >/dev/null; echo "rc=$?"
ip -n h1 neigh show | sort
ip netns exec h1 arp -n | sort
ip netns exec h1 arp -a | sort
ip netns exec h1 cat /proc/net/arp | sort
ip -n h2 neigh show
ip -n h1 neigh show 10.3.0.2
ip -n h1 neigh flush dev eth0
ip -n h1 neigh show | sort
ip -n h1 neigh add 10.3.0.50 lladdr 02:00:00:00:00:50 dev eth0
ip -n h1 neigh add 10.3.0.50 lladdr 02:00:00:00:00:51 dev eth0; echo "rc=$?"
ip -n h1 neigh replace 10.3.0.50 lladdr 02:00:00:00:00:51 dev eth0 nud reachable
ip -n h1 neigh show 10.3.0.50
ip -n h1 neigh del 10.3.0.50 dev eth0
ip -n h1 neigh del 10.3.0.50 dev eth0; echo "rc=$?"
ip -n h1 neigh add 10.3.0.60 dev eth0; echo "rc=$?"
ip -n h1 neigh add 10.3.0.61 lladdr zz:00 dev eth0; echo "rc=$?"
bridge fdb show br br0 | grep 02:00:00 | sort
