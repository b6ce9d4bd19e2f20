# The ingress and clsact hooks count what passes (skb->len: no MAC header on receive, with it on
# transmit) only while chain 0 of their block holds a filter, as the kernel's mini_Qdisc does.
ip netns add a; ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b tc qdisc add dev vb ingress
ip netns exec a tc qdisc add dev va clsact
ip netns exec a ping -c 2 -i 0.2 10.0.0.2 >/dev/null; echo "ping $?"
ip netns exec b tc -s qdisc show dev vb ingress
ip netns exec a tc -s qdisc show dev va
ip netns exec b tc filter add dev vb ingress protocol ip u32 match ip src 10.0.0.1 flowid 1:1
ip netns exec a tc filter add dev va egress protocol ip u32 match ip dst 10.0.0.9 flowid 1:1
ip netns exec a ping -c 3 -i 0.2 10.0.0.2 >/dev/null; echo "ping $?"
ip netns exec b tc -s qdisc show dev vb ingress
ip netns exec a tc -s qdisc show dev va
ip netns exec b tc -s filter show dev vb ingress
ip netns exec b tc filter del dev vb ingress
ip netns exec a ping -c 1 10.0.0.2 >/dev/null; echo "ping $?"
ip netns exec b tc -s qdisc show dev vb ingress
