# skb->priority steers htb: iptables CLASSIFY --set-class naming a leaf wins before the filters; an inner
# class starts at its own (empty) filters and ends in the default class; another qdisc's id or no class
# falls to the filters/default; the qdisc's own handle sends the frame to the direct queue. pfifo_fast
# takes any priority. The fw, basic, matchall, flower, route, cgroup and flow classifiers are absent here.
for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a tc qdisc add dev va root handle 1: htb default 30
ip netns exec a tc class add dev va parent 1: classid 1:1 htb rate 100mbit 2>/dev/null
ip netns exec a tc class add dev va parent 1:1 classid 1:10 htb rate 50mbit 2>/dev/null
ip netns exec a tc class add dev va parent 1:1 classid 1:20 htb rate 30mbit 2>/dev/null
ip netns exec a tc class add dev va parent 1:1 classid 1:30 htb rate 20mbit 2>/dev/null
ip netns exec a iptables -t mangle -A POSTROUTING -o va -p icmp -j CLASSIFY --set-class 1:10
ip netns exec a ping -c 3 -i 0.2 10.0.0.2 | grep -c "bytes from"
ip netns exec a tc -s class show dev va | grep -E "^class|Sent"
for c in 1:1 2:10 1:0; do
  ip netns exec a iptables -t mangle -R POSTROUTING 1 -o va -p icmp -j CLASSIFY --set-class $c
  ip netns exec a ping -c 2 -i 0.2 10.0.0.2 | grep -c "bytes from"
  ip netns exec a tc -s class show dev va | grep -E "^class|Sent"
  ip netns exec a tc -s qdisc show dev va
done
ip netns exec a tc filter add dev va parent 1: protocol ip prio 1 u32 match ip dst 10.0.0.2/32 flowid 1:20
ip netns exec a iptables -t mangle -R POSTROUTING 1 -o va -p icmp -j CLASSIFY --set-class 1:10
ip netns exec a ping -c 2 -i 0.2 10.0.0.2 | grep -c "bytes from"
ip netns exec a iptables -t mangle -R POSTROUTING 1 -o va -p icmp -j CLASSIFY --set-class 1:1
ip netns exec a ping -c 1 10.0.0.2 | grep -c "bytes from"
ip netns exec a iptables -t mangle -R POSTROUTING 1 -o va -p icmp -j CLASSIFY --set-class 3:3
ip netns exec a ping -c 1 10.0.0.2 | grep -c "bytes from"
ip netns exec a tc -s class show dev va | grep -E "^class|Sent"
ip netns exec a iptables -t mangle -nvL POSTROUTING | grep -c CLASSIFY
ip netns exec a tc qdisc del dev va root
ip netns exec a tc qdisc add dev va root pfifo_fast
ip netns exec a iptables -t mangle -R POSTROUTING 1 -o va -p icmp -j CLASSIFY --set-class 0:6
ip netns exec a ping -c 2 -i 0.2 10.0.0.2 | grep -c "bytes from"
ip netns exec a tc -s qdisc show dev va | sed 1s/8[0-9a-f]*:/X:/
ip netns exec a tc qdisc del dev va root
ip netns exec a tc qdisc add dev va root handle 1: htb default 30
ip netns exec a iptables -t mangle -A POSTROUTING -o va -p icmp -j MARK --set-mark 5
for k in "handle 5 fw flowid 1:5" "basic" "matchall classid 1:5" "flower classid 1:5" "route" "cgroup" "flow hash keys src divisor 4"; do
  ip netns exec a tc filter add dev va parent 1: protocol ip prio 3 $k; echo "$k: $?"
done
ip netns exec a tc filter show dev va
