# An ICMP error about a tracked flow is RELATED (here: the router has an
# unreachable route for the destination and says so).
ip netns add a
ip netns add r
ip link add va netns a type veth peer name vr netns r
ip -n a addr add 10.0.0.1/24 dev va
ip -n r addr add 10.0.0.2/24 dev vr
ip -n a link set va up
ip -n r link set vr up
ip -n a route add default via 10.0.0.2
ip -n r route add unreachable 10.9.0.0/16
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec a iptables -A INPUT -m conntrack --ctstate RELATED
ip netns exec a iptables -A INPUT -m conntrack --ctstate ESTABLISHED
ip netns exec a iptables -A INPUT -m conntrack --ctstate NEW
ip netns exec a iptables -A INPUT -m conntrack --ctstate INVALID
ip netns exec a ping -c 1 -W 1 10.9.0.1; echo "rc=$?"
ip netns exec a iptables -L INPUT -v -n -x
ip netns exec a conntrack -L
