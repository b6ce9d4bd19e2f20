# NOTRACK in raw PREROUTING: the requests arrive UNTRACKED, nothing enters the table.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b iptables -t raw -A PREROUTING -p icmp -j NOTRACK
ip netns exec b iptables -A INPUT -m state --state UNTRACKED
ip netns exec b iptables -A INPUT -m state --state NEW
ip netns exec a ping -c 2 -i 0.2 -q 10.0.0.2 | grep transmitted
ip netns exec b iptables -L INPUT -v -n -x
ip netns exec b iptables -t raw -S
ip netns exec b conntrack -L
