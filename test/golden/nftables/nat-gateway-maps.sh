# NAT gateway with maps: port forwards from a map, masquerade, vmap dispatch.
ip netns add lan
ip netns add wan
ip link add g-lan type veth peer name eth0 netns lan
ip link add g-wan type veth peer name eth0 netns wan
ip addr add 192.168.1.1/24 dev g-lan
ip addr add 203.0.113.1/24 dev g-wan
ip link set g-lan up
ip link set g-wan up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec wan ip addr add 203.0.113.2/24 dev eth0
ip netns exec wan ip link set eth0 up
sysctl -qw net.ipv4.ip_forward=1
nft -f - <<'X'
table ip nat {
	map portfwd {
		type inet_service : ipv4_addr
		elements = { 8080 : 192.168.1.10 }
	}
	chain prerouting {
		type nat hook prerouting priority dstnat; policy accept;
		iifname "g-wan" dnat to tcp dport map @portfwd
	}
	chain postrouting {
		type nat hook postrouting priority srcnat; policy accept;
		oifname "g-wan" masquerade
	}
}
table inet filter {
	chain forward {
		type filter hook forward priority filter; policy drop;
		ct state vmap { established : accept, related : accept, invalid : drop }
		iifname "g-lan" accept
		tcp dport 8080 counter accept
	}
}
X
echo rc=$?
nft list ruleset
ip netns exec lan nc -l -p 8080 > got &
sleep 0.2
ip netns exec wan sh -c 'echo hello | nc -w 1 -q 1 203.0.113.1 8080'
sleep 0.2
cat got
ip netns exec lan ping -c 1 -W 1 203.0.113.2 | head -2
nft list chain inet filter forward
conntrack -L 2>/dev/null | sort | sed -E "s/(sport|dport|id)=[0-9]+/\1=N/g"
