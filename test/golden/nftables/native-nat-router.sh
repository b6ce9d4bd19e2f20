# Native nft as a NAT router: nft -f - with an inet filter forward chain (policy drop, ct state) and an
# ip nat table (masquerade, dnat); traffic through it, counters, nft -c, index/insert/replace.
ip netns add lan
ip netns add wan
ip link add v-lan type veth peer name eth0 netns lan
ip link add v-wan type veth peer name eth0 netns wan
ip addr add 192.168.1.1/24 dev v-lan
ip addr add 203.0.113.1/24 dev v-wan
ip link set v-lan up
ip link set v-wan up
ip -n lan addr add 192.168.1.2/24 dev eth0
ip -n lan link set eth0 up
ip -n lan route add default via 192.168.1.1
ip -n wan addr add 203.0.113.2/24 dev eth0
ip -n wan link set eth0 up
sysctl -qw net.ipv4.ip_forward=1
nft -f - <<'NFT'
flush ruleset
table inet filter {
	chain forward {
		type filter hook forward priority 0; policy drop;
		ct state established,related accept
		iifname "v-lan" oifname "v-wan" counter accept
	}
}
table ip nat {
	chain postrouting {
		type nat hook postrouting priority srcnat; policy accept;
		oifname "v-wan" masquerade
	}
	chain prerouting {
		type nat hook prerouting priority dstnat;
		iifname "v-wan" tcp dport 8080 dnat to 192.168.1.2:80
	}
}
NFT
echo rc=$?
nft list ruleset
ip netns exec lan ping -c 2 -i 0.2 -W 1 203.0.113.2 | grep -c ttl=
ip netns exec wan ping -c 1 -W 1 192.168.1.2 | tail -2 | head -1
conntrack -L 2>/dev/null | sed 's/ \+/ /g' | cut -d' ' -f1,4-7 | sort
nft list chain inet filter forward
nft -c add rule inet filter forward tcp dport 22 accept; echo rc=$?
nft -c add rule inet filter forwardd accept; echo rc=$?
nft list chain inet filter forward
nft add rule inet filter forward index 0 udp dport 53 accept
nft insert rule inet filter forward index 1 udp dport 54 accept
nft -a list chain inet filter forward
nft replace rule inet filter forward handle 2 ct state established accept
nft list chain inet filter forward
nft delete table ip nat
nft list tables
