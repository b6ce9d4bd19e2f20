# -m state: NEW on the first packet of each flow, ESTABLISHED after.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b iptables -A INPUT -m state --state NEW
ip netns exec b iptables -A INPUT -m state --state ESTABLISHED
ip netns exec b iptables -A OUTPUT -m state --state NEW
ip netns exec b iptables -A OUTPUT -m state --state ESTABLISHED
ip netns exec a ping -c 4 -i 0.2 -q 10.0.0.2 | grep transmitted
ip netns exec b iptables -L -v -n -x | grep -v '^$'
ip netns exec b iptables-save -c | grep -v '^#'
