# /proc/net/nf_conntrack (ct_seq_show) on a NAT router: ICMP, a finished TCP
# connection in TIME_WAIT and an unanswered UDP flow, sorted (the kernel lists
# in hash order), then with nf_conntrack_acct counters.
ip netns add r; ip netns add a; ip netns add b
ip link add a0 netns a type veth peer name ra netns r
ip link add b0 netns b type veth peer name rb netns r
ip -n a addr add 192.168.1.2/24 dev a0; ip -n a link set a0 up; ip -n a link set lo up
ip -n b addr add 192.168.2.2/24 dev b0; ip -n b link set b0 up
ip -n r addr add 192.168.1.1/24 dev ra; ip -n r link set ra up
ip -n r addr add 192.168.2.1/24 dev rb; ip -n r link set rb up
ip -n a route add default via 192.168.1.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec r iptables -t nat -A POSTROUTING -o rb -j MASQUERADE
ip netns exec r cat /proc/net/nf_conntrack; echo "empty: $?"
ip netns exec a ping -c1 -W1 192.168.2.2 >/dev/null
ip netns exec b nc -l -p 80 >/dev/null &
sleep 0.2
echo hi | ip netns exec a nc -N 192.168.2.2 80
wait
echo x | ip netns exec a nc -u -w1 192.168.2.2 5353
ip netns exec r sort /proc/net/nf_conntrack
ip netns exec r sysctl -qw net.netfilter.nf_conntrack_acct=1
ip netns exec a ping -c1 -W1 192.168.2.2 >/dev/null
ip netns exec r grep icmp /proc/net/nf_conntrack
