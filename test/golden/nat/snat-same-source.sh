# SNAT of one client port to two servers: find_appropriate_src reuses the mapping (endpoint-
# independent); another client on the same port gets its own, likewise reused.
ip netns add a; ip netns add s1
ip link add va type veth peer name eth0 netns a
ip link add vs type veth peer name eth0 netns s1
ip addr add 10.0.1.1/24 dev va; ip link set va up
ip addr add 198.51.100.1/24 dev vs; ip link set vs up
ip -n a addr add 10.0.1.2/24 dev eth0; ip -n a addr add 10.0.1.3/24 dev eth0; ip -n a link set eth0 up; ip -n a route add default via 10.0.1.1
ip -n s1 addr add 198.51.100.2/24 dev eth0; ip -n s1 addr add 198.51.100.3/24 dev eth0; ip -n s1 link set eth0 up
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -o vs -p udp -j SNAT --to-source 198.51.100.1:6000-6099
iptables -t nat -A POSTROUTING -o vs -j MASQUERADE
echo x | ip netns exec a nc -u -w 0 -s 10.0.1.2 -p 5060 198.51.100.2 5060
echo x | ip netns exec a nc -u -w 0 -s 10.0.1.2 -p 5060 198.51.100.3 5060
echo x | ip netns exec a nc -u -w 0 -s 10.0.1.3 -p 5060 198.51.100.2 5060
echo x | ip netns exec a nc -u -w 0 -s 10.0.1.3 -p 5060 198.51.100.3 5060
sleep 0.2
# The mapped ports are random: name them by order of appearance (P1, P2...).
conntrack -L -p udp 2>&1 | sed 's/^udp *17 [0-9]* /udp 17 T /' > /tmp/ct.txt
head -1 /tmp/ct.txt
tail -n +2 /tmp/ct.txt | sort | awk '{ split($12, a, "="); if (!(a[2] in n)) n[a[2]] = "P" (++k); $12 = "dport=" n[a[2]]; print }'
