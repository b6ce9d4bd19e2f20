# REJECT with each --reject-with, seen by ping and nc on the other side.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up; ip link set lo up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
for w in icmp-port-unreachable icmp-host-unreachable icmp-net-unreachable icmp-proto-unreachable icmp-net-prohibited icmp-host-prohibited icmp-admin-prohibited; do
  ip netns exec a iptables -F INPUT
  ip netns exec a iptables -A INPUT -p icmp -j REJECT --reject-with $w
  echo "== $w"
  ping -c 1 -W 1 10.0.0.2 | sed -n 2p
done
ip netns exec a iptables -F INPUT
ip netns exec a iptables -A INPUT -p tcp --dport 22 -j REJECT --reject-with tcp-reset
ip netns exec a iptables -A INPUT -p tcp --dport 23 -j REJECT
ip netns exec a iptables -A INPUT -p udp --dport 53 -j REJECT
for p in 22 23; do nc -z -v -w 1 10.0.0.2 $p; echo rc=$?; done
echo x | nc -u -w 1 10.0.0.2 53; echo rc=$?
ip netns exec a iptables -L INPUT -n -v
ip netns exec a iptables -S INPUT
