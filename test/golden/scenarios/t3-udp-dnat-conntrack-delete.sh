# UDP "DNS" service behind DNAT: conntrack entries, -D by protocol, -F, and the UNREPLIED flag
ip netns add cli; ip netns add gw; ip netns add dns
ip link add eth0 netns cli type veth peer name c0 netns gw
ip link add eth0 netns dns type veth peer name d0 netns gw
ip -n cli addr add 10.1.0.2/24 dev eth0; ip -n gw addr add 10.1.0.1/24 dev c0
ip -n dns addr add 10.2.0.53/24 dev eth0; ip -n gw addr add 10.2.0.1/24 dev d0
for x in "cli eth0" "gw c0" "gw d0" "dns eth0"; do set -- $x; ip -n $1 link set $2 up; done
ip -n cli route add default via 10.1.0.1; ip -n dns route add default via 10.2.0.1
ip netns exec gw sysctl -qw net.ipv4.ip_forward=1
ip netns exec gw iptables -t nat -A PREROUTING -i c0 -p udp --dport 53 -j DNAT --to-destination 10.2.0.53:5353
ip netns exec dns sh -c 'timeout 3 nc -u -l -p 5353 > /tmp/dns.out' &
sleep 0.5
echo query1 | ip netns exec cli timeout 1 nc -u -w 1 10.1.0.1 53
echo query2 | ip netns exec cli timeout 1 nc -u -w 1 -p 40000 10.1.0.1 53
ip netns exec gw conntrack -L -p udp 2>/dev/null | grep -c 'UNREPLIED.*sport=5353'
ip netns exec gw conntrack -L -p udp --orig-port-src 40000 2>&1 | tail -1
ip netns exec gw conntrack -D -p udp --orig-port-src 40000 2>&1 | tail -1
ip netns exec gw conntrack -C
ip netns exec gw conntrack -F 2>&1
ip netns exec gw conntrack -C
wait
cat /tmp/dns.out
