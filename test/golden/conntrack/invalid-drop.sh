# An echo reply with no request on record is INVALID: the requests leave
# untracked (raw NOTRACK), so the replies match no connection and are dropped.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a iptables -t raw -A OUTPUT -p icmp --icmp-type echo-request -j CT --notrack
ip netns exec a iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
ip netns exec a iptables -A OUTPUT -m conntrack --ctstate UNTRACKED
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep transmitted; echo "rc=${PIPESTATUS[0]}"
ip netns exec a iptables -L -v -n -x | grep -v '^$'
ip netns exec a iptables -t raw -L OUTPUT -v -n -x
ip netns exec a conntrack -L
