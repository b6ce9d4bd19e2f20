# Policy counters count what the policy decided; OUTPUT DROP breaks the reply.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b iptables -P OUTPUT DROP
ip netns exec b iptables -A OUTPUT -p icmp --icmp-type echo-reply -m limit --limit 1/sec --limit-burst 1 -j ACCEPT
ip netns exec a ping -c 3 -i 0.2 -W 1 10.0.0.2 | grep -c 'bytes from'
ip netns exec b iptables -L OUTPUT -v -n -x
ip netns exec b iptables-save -c | grep -v '^#'
ip netns del a
ip netns del b
