# conntrack -L filters after NAT: --src-nat, --dst-nat, -n/-g, --orig-src/--reply-src, -o extended.
ip netns add cl; ip netns add sv
ip link add c0 type veth peer name eth0 netns cl
ip link add s0 type veth peer name eth0 netns sv
ip addr add 10.1.0.1/24 dev c0; ip link set c0 up
ip addr add 10.2.0.1/24 dev s0; ip link set s0 up
ip -n cl addr add 10.1.0.2/24 dev eth0; ip -n cl link set eth0 up; ip -n cl route add default via 10.1.0.1
ip -n sv addr add 10.2.0.2/24 dev eth0; ip -n sv link set eth0 up
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -o s0 -j MASQUERADE
iptables -t nat -A PREROUTING -d 10.1.0.1 -p udp --dport 5300 -j DNAT --to-destination 10.2.0.2:53
ip netns exec cl ping -c 1 10.2.0.2 > /dev/null; echo ping=$?
echo q | ip netns exec cl nc -u -w 1 -p 30000 10.1.0.1 5300
M='s/^(icmp|udp) +([0-9]+) [0-9]+ /\1 \2 T /'
echo "-- all"; conntrack -L 2>&1 | sed -E "$M" | sort
echo "-- src-nat"; conntrack -L --src-nat 2>&1 | sed -E "$M" | sort
echo "-- dst-nat"; conntrack -L --dst-nat 2>&1 | sed -E "$M"
echo "-- -g 10.2.0.2"; conntrack -L -g 10.2.0.2 2>&1 | sed -E "$M"
echo "-- -n 10.2.0.1"; conntrack -L -n 10.2.0.1 2>&1 | sed -E "$M" | sort
echo "-- reply-src"; conntrack -L --reply-src 10.2.0.2 2>&1 | sed -E "$M" | sort
echo "-- orig-dst"; conntrack -L --orig-dst 10.1.0.1 2>&1 | sed -E "$M"
echo "-- extended"; conntrack -L -o extended -p icmp 2>&1 | sed -E 's/ icmp +1 [0-9]+ / icmp 1 T /'
