# conntrack -E while a DNATed UDP flow and a ping pass through a router namespace.
ip netns add cl; ip netns add sv
ip link add c0 type veth peer name eth0 netns cl
ip link add s0 type veth peer name eth0 netns sv
ip addr add 10.1.0.1/24 dev c0; ip link set c0 up
ip addr add 10.2.0.1/24 dev s0; ip link set s0 up
ip -n cl addr add 10.1.0.2/24 dev eth0; ip -n cl link set eth0 up; ip -n cl route add default via 10.1.0.1
ip -n sv addr add 10.2.0.2/24 dev eth0; ip -n sv link set eth0 up; ip -n sv route add default via 10.2.0.1
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -A PREROUTING -d 10.1.0.1 -p udp --dport 53 -j DNAT --to-destination 10.2.0.2
conntrack -E -o extended > /tmp/ev.txt 2>&1 &
sleep 0.3
echo q | ip netns exec cl nc -u -w 1 -p 30000 10.1.0.1 53
ip netns exec cl ping -c 1 -W 1 10.2.0.2 > /dev/null; echo ping=$?
sleep 0.3
kill %1; wait
sed -E 's/^( *\[[A-Z]+\] ipv4 +2 (udp|icmp) +[0-9]+) [0-9]+ /\1 T /' /tmp/ev.txt
