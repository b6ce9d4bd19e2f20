# nc -u ICMP port unreachable: later sends refused; -v messages; tcpdump
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a timeout 4 tcpdump -nni va ip 2>/dev/null | sed -E 's/^[0-9:.]+ //; s/\.[0-9]{5}/.P/g' > /tmp/d &
sleep 0.5
(echo one; sleep 0.5; echo two) | ip netns exec a nc -u 10.0.0.2 7044; echo rc=$?
ip netns exec a nc -uvz -w 1 10.0.0.2 7044; echo rc=$?
ip netns exec b iptables -A INPUT -p udp --dport 7045 -j DROP
ip netns exec a nc -uvz -w 1 10.0.0.2 7045; echo rc=$?
wait; cat /tmp/d
ip netns exec a nstat -az UdpInErrors IcmpInDestUnreachs UdpNoPorts 2>/dev/null | tail -n +2
ip netns exec b nstat -az UdpNoPorts IcmpOutDestUnreachs | tail -n +2
