# skb->priority set by CLASSIFY in one namespace survives the veth into the next (__dev_forward_skb keeps it),
# but ip_forward() sets it again from the TOS (rt_tos2priority): a router's htb no longer sees the sender's
# class id and its default class gets the frames.
for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.0.1.1/24 dev va; ip -n r addr add 10.0.1.2/24 dev ra
ip -n b addr add 10.0.2.1/24 dev vb; ip -n r addr add 10.0.2.2/24 dev rb
for d in "a va" "r ra" "r rb" "b vb"; do set -- $d; ip -n $1 link set $2 up; done
ip -n a route add default via 10.0.1.2; ip -n b route add default via 10.0.2.2
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
for n in a r; do
  d=va; [ $n = r ] && d=rb
  ip netns exec $n tc qdisc add dev $d root handle 1: htb default 30
  ip netns exec $n tc class add dev $d parent 1: classid 1:10 htb rate 50mbit 2>/dev/null
  ip netns exec $n tc class add dev $d parent 1: classid 1:30 htb rate 20mbit 2>/dev/null
done
ip netns exec a iptables -t mangle -A POSTROUTING -o va -p icmp -j CLASSIFY --set-class 1:10
ip netns exec a ping -c 3 -i 0.2 10.0.2.1 | grep -c "bytes from"
ip netns exec a tc -s class show dev va | grep -E "^class|Sent"
ip netns exec r tc -s class show dev rb | grep -E "^class|Sent"
