# Interval sets, typeof, timeout, -f file with a set block.
nft add table ip filter
nft add set ip filter nets '{ type ipv4_addr; flags interval; }'
nft add element ip filter nets '{ 10.0.0.0/8, 192.168.1.0/24, 172.16.0.1-172.16.0.9 }'
nft list set ip filter nets
nft add set ip filter ports '{ typeof tcp dport; }'
nft add element ip filter ports '{ ssh, http }'
nft list set ip filter ports
nft add set ip filter tmp '{ type ipv4_addr; flags timeout; timeout 1h; }'
nft list set ip filter tmp
nft add set ip filter macs '{ type ether_addr; }'
nft add element ip filter macs '{ 02:00:00:00:00:01 }'
nft list sets
cat > fw.nft <<'X'
table inet fw {
	set trusted {
		type ipv4_addr
		elements = { 10.1.1.1, 10.1.1.2 }
	}
	set web {
		type inet_service
		flags interval
		elements = { 80, 443, 8000-8100 }
	}
	chain input {
		type filter hook input priority filter; policy drop;
		ct state established,related accept
		ip saddr @trusted accept
		tcp dport @web counter accept
		ip saddr != @trusted tcp dport 22 drop
	}
}
X
nft -f fw.nft
nft list ruleset
nft -a list ruleset
nft flush set inet fw trusted
nft list set inet fw trusted
nft list maps
echo rc=$?
