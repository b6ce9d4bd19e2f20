# Rule and policy counters after pings between two namespaces over a veth pair.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
ip netns exec b iptables -A INPUT -s 10.0.0.99 -j DROP
ip netns exec b iptables -A OUTPUT -p icmp -j ACCEPT
ip netns exec a ping -c 3 -i 0.2 -q 10.0.0.2 > /dev/null; echo "ping rc=$?"
ip netns exec b iptables -L -v -n -x
ip netns exec b iptables -Z INPUT
ip netns exec b iptables -L INPUT -v -n -x
ip netns del a
ip netns del b
