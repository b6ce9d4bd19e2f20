# REJECT answers pings with the chosen ICMP error; DROP stays silent.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
for w in icmp-port-unreachable icmp-host-prohibited icmp-net-unreachable icmp-admin-prohibited; do
  ip netns exec b iptables -A INPUT -p icmp -j REJECT --reject-with $w
  ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep -E '^From|received'
  ip netns exec b iptables -F INPUT
done
ip netns exec b iptables -A INPUT -p icmp -j DROP
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep -E '^From|received'
ip netns exec b iptables -L INPUT -v -n -x
ip netns del a
ip netns del b
