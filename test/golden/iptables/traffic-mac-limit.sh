# -m mac with a known source MAC, -m limit against a burst of pings.
ip netns add a
ip link add va type veth peer name vb netns a
ip link set va address 02:00:00:00:00:01
ip addr add 10.0.0.1/24 dev va; ip link set va up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
ip netns exec a iptables -A INPUT -m mac --mac-source 02:00:00:00:00:01 -p icmp -m limit --limit 1/min --limit-burst 3 -j ACCEPT
ip netns exec a iptables -A INPUT -p icmp -j DROP
ping -c 6 -i 0.2 -W 1 10.0.0.2 | tail -2 | head -1
ip netns exec a iptables -L INPUT -n -v
ip netns exec a iptables -S INPUT
ip netns exec a iptables -R INPUT 1 -m mac ! --mac-source 02:00:00:00:00:01 -j DROP
ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
ip netns exec a iptables -L INPUT -n -v
ip netns exec a iptables -A INPUT -m mac --mac-source 02:00:00:00:00 -j DROP; echo rc=$?
ip netns exec a iptables -A OUTPUT -m mac --mac-source 02:00:00:00:00:01 -j DROP; echo rc=$?
