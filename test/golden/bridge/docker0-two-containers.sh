# docker0 by hand: bridge + 2 namespaces with default routes, ping between them, brctl/bridge/ip views ("master X up" in one command).
ip link add docker0 address 02:42:ac:11:00:01 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up
for i in 1 2; do
  ip netns add c$i
  ip link add veth$i type veth peer name eth0 netns c$i
  ip link set veth$i master docker0 up
  ip -n c$i addr add 172.17.0.$((i+1))/16 dev eth0
  ip -n c$i link set eth0 up
  ip -n c$i link set lo up
  ip -n c$i route add default via 172.17.0.1
done
ip netns exec c1 ping -c 1 172.17.0.3 | sed 's/time=.*//;s/rtt.*//;s/, time.*//'
ip netns exec c1 ip route
ip netns exec c1 route -n
ip netns exec c1 ip addr show eth0 | sed 's/ether [0-9a-f:]*/ether M/;s/link\/ether .*brd/link\/ether M brd/'
brctl show docker0
bridge link show
ip link show master docker0
ip -br link show type veth
ip netns exec c1 arp -an | sed 's/at [0-9a-f:]*/at M/'
ip netns exec c1 ip neigh | sed 's/lladdr [0-9a-f:]*/lladdr M/'
ip link show type bridge
ip addr show docker0 | grep inet
