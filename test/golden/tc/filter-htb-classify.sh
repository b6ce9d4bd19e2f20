# u32 filters classify what leaves va into htb classes (flowid); ARP and unmatched frames go to the default
# class, or with no default to the direct queue; a class a filter is bound to cannot be deleted.
for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a addr add 10.0.0.3/24 dev va
ip -n a link set va up; ip -n b link set vb up
ip netns exec a tc qdisc add dev va root handle 1: htb default 30
ip netns exec a tc class add dev va parent 1: classid 1:1 htb rate 100mbit
ip netns exec a tc class add dev va parent 1:1 classid 1:10 htb rate 50mbit
ip netns exec a tc class add dev va parent 1:1 classid 1:20 htb rate 30mbit
ip netns exec a tc class add dev va parent 1:1 classid 1:30 htb rate 20mbit
ip netns exec a tc filter add dev va parent 1: protocol ip prio 1 u32 match ip dst 10.0.0.2/32 match ip src 10.0.0.1/32 flowid 1:10
ip netns exec a tc filter add dev va parent 1: protocol ip prio 2 u32 match ip src 10.0.0.3/32 flowid 1:20
ip netns exec a tc filter add dev va parent 1: protocol ip prio 3 u32 match ip protocol 17 0xff flowid 1:99
ip netns exec a ping -c 3 -i 0.2 -I 10.0.0.1 10.0.0.2 | grep -c "bytes from"
ip netns exec a ping -c 2 -i 0.2 -I 10.0.0.3 10.0.0.2 | grep -c "bytes from"
ip netns exec a tc -s class show dev va | grep -E "^class|Sent"
ip netns exec a tc -s qdisc show dev va | grep -E "^qdisc|Sent"
ip netns exec a tc qdisc change dev va root handle 1: htb default 0
ip netns exec a tc filter del dev va parent 1: prio 1
ip netns exec a ping -c 1 -I 10.0.0.1 10.0.0.2 | grep -c "bytes from"
ip netns exec a tc -s class show dev va | grep -E "^class|Sent"
ip netns exec a tc -s qdisc show dev va | grep -E "^qdisc|Sent"
ip netns exec a tc class del dev va classid 1:20
ip netns exec a tc filter show dev va
ip netns exec a tc qdisc del dev va root
ip netns exec a tc qdisc add dev va root handle 2: htb
ip netns exec a tc class add dev va parent 2: classid 2:5 htb rate 1mbit
ip netns exec a tc filter add dev va parent 2: protocol ip u32 match ip src 10.0.0.3 classid 2:5
ip netns exec a ping -c 2 -i 0.2 -I 10.0.0.1 10.0.0.2 | grep -c "bytes from"
ip netns exec a ping -c 1 -I 10.0.0.3 10.0.0.2 | grep -c "bytes from"
ip netns exec a tc -s class show dev va | grep -E "^class|Sent"
ip netns exec a tc -s qdisc show dev va | grep -E "^qdisc|Sent"
