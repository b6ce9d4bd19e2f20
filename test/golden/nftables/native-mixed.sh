# Native nft tables beside iptables-nft ones (listed in creation order across families), ip/ip6 base
# chains at their own priorities with traffic, -f file errors (syntax with file:line:col), -a list.
iptables -A INPUT -s 10.9.9.9 -j DROP
nft add table myfilter
nft add chain myfilter input '{ type filter hook input priority 10; policy accept; }'
nft add rule myfilter input ip saddr 127.0.0.1 counter
ip6tables -A INPUT -s ::2 -j DROP
nft add table ip6 t6
nft add chain ip6 t6 out '{ type filter hook output priority -10 ; }'
nft add rule ip6 t6 out ip6 daddr ::1 counter accept
ip link set lo up
ping -c 1 -W 1 127.0.0.1 >/dev/null; echo ping=$?
ping -c 1 -W 1 ::1 >/dev/null; echo ping6=$?
nft list ruleset
nft list tables
cat > f.nft <<'NFT'
table inet t {
	chain c {
		type filter hook input priority 0; policy accept;
		tcp dport 22 acept
	}
}
NFT
nft -f f.nft; echo rc=$?
cat > g.nft <<'NFT'
add table inet t2
add chain inet t2 c { type filter hook input priority 0; }
NFT
nft -f g.nft; echo rc=$?
nft list tables
nft delete rule ip myfilter input handle 99; echo rc=$?
nft -a list table ip6 t6
nft add rule inet t2 c accept; echo rc=$?
