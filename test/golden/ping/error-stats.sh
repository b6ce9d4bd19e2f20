# ping statistics with -w/-c, TTL exceeded (+N errors), preload, small -s (no times), REJECT net/admin-prohibited and protocol unreachable, replies dropped, -R with -I
ip netns add a; ip netns add r; ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.0.1.2/24 dev va; ip -n r addr add 10.0.1.1/24 dev ra
ip -n b addr add 10.0.2.2/24 dev vb; ip -n r addr add 10.0.2.1/24 dev rb
ip -n a link set va up; ip -n r link set ra up; ip -n r link set rb up; ip -n b link set vb up
ip -n a route add default via 10.0.1.1
ip -n b route add default via 10.0.2.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec a ping -c 3 -i 0.2 -w 2 10.0.2.2; echo rc=$?
ip netns exec a ping -w 1 -i 0.3 10.0.2.2; echo rc=$?
ip netns exec a ping -c 4 -i 0.2 -t 1 -q 10.0.2.2; echo rc=$?
ip netns exec a ping -c 3 -i 0.2 -w 3 -t 1 10.0.2.2; echo rc=$?
ip netns exec a ping -c 3 -l 3 -q 10.0.2.2; echo rc=$?
ip netns exec a ping -c 2 -s 0 -i 0.2 10.0.2.2; echo rc=$?
ip netns exec a ping -c 2 -s 8 -i 0.2 10.0.2.2; echo rc=$?
ip netns exec a ping -c 2 -s 15 -i 0.2 10.0.2.2; echo rc=$?
ip netns exec a ping -c 2 -s 16 -i 0.2 -n 10.0.2.2; echo rc=$?
ip netns exec r iptables -A FORWARD -p icmp -j REJECT --reject-with icmp-net-prohibited; sleep 1.2
ip netns exec a ping -c 2 -i 0.2 10.0.2.2; echo rc=$?
ip netns exec r iptables -F FORWARD; sleep 1.2
ip netns exec r iptables -A FORWARD -p icmp -j REJECT --reject-with icmp-admin-prohibited; sleep 1.2
ip netns exec a ping -c 2 -i 0.2 10.0.2.2; echo rc=$?
ip netns exec r iptables -F FORWARD; sleep 1.2
ip netns exec b iptables -A INPUT -p icmp -j REJECT --reject-with icmp-proto-unreachable; sleep 1.2
ip netns exec a ping -c 2 -i 0.2 10.0.2.2; echo rc=$?
ip netns exec b iptables -F INPUT; sleep 1.2
ip netns exec b iptables -A OUTPUT -p icmp -j DROP; sleep 1.2
ip netns exec a ping -c 2 -i 0.2 -W 0.5 10.0.2.2; echo rc=$?
ip netns exec a ping -c 1 -I 10.0.1.2 -R 10.0.2.2 | tail -4; echo rc=$?
