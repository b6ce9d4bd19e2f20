# A stateful INPUT policy: ESTABLISHED,RELATED accepted, NEW counted; the
# replies to our own pings are ESTABLISHED, the other side's requests NEW.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip netns exec a iptables -A INPUT -m conntrack --ctstate NEW -j ACCEPT
ip netns exec a iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
ip netns exec a ping -c 3 -i 0.2 -q 10.0.0.2 | grep transmitted
ip netns exec b ping -c 2 -i 0.2 -q 10.0.0.1 | grep transmitted
ip netns exec a iptables -L INPUT -v -n -x
ip netns exec a iptables -S INPUT
ip netns exec a conntrack -L 2>&1 | sort
ip netns exec b conntrack -L
