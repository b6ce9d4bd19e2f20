# DNAT in the nat OUTPUT chain re-routes the packet to its new destination,
# which lies behind another interface than the original one.
ip link set lo up
for n in a b; do
  ip netns add $n
  ip link add ${n}0 type veth peer name eth0 netns $n
  ip -n $n link set lo up
  ip -n $n link set eth0 up
  ip link set ${n}0 up
done
ip addr add 10.0.0.1/24 dev a0
ip addr add 10.1.0.1/24 dev b0
ip -n a addr add 10.0.0.2/24 dev eth0
ip -n b addr add 10.1.0.2/24 dev eth0
ip -n b route add default via 10.1.0.1
ip route add 203.0.113.0/24 via 10.0.0.2
ip netns exec a iptables -A INPUT -p icmp
ip netns exec b iptables -A INPUT -p icmp
iptables -t nat -A OUTPUT -d 203.0.113.7 -j DNAT --to-destination 10.1.0.2
ping -c 2 -i 0.2 -W 1 203.0.113.7 | sed 's/time=.*//'
for n in a b; do echo "== $n"; ip netns exec $n iptables -L INPUT -v -x -n | tail -n +3; done
conntrack -L 2>&1 | sed 's/^icmp *1 [0-9]* /icmp 1 T /'
