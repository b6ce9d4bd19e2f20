# nft -j: tables, base and regular chains, rules with payload/meta/ct matches, prefixes, ranges,
# anonymous sets, counter, limit (packets, bytes over), log, reject, nat, jump/goto, nftrace.
ip link add veth0 type veth peer name veth1
nft -f - <<'X'
table ip t {
	chain c {
		type filter hook input priority filter - 5; policy accept;
		ip saddr != 10.0.0.0/8 ip daddr 1.2.3.4 tcp dport { 22, 80 } counter accept
		udp sport 1000-2000 meta l4proto udp drop
		iifname "eth0" oifname != "lo" meta mark 0x5 jump d
		ct state established,related accept
		ct state new counter
		icmp type echo-request limit rate 5/second burst 10 packets log prefix "p " level info accept
		limit rate over 1 mbytes/second drop
		reject with tcp reset
		reject
		tcp dport 25 reject with icmp type host-unreachable
		ip protocol icmp return
	}
	chain d {
		goto e
	}
	chain e {
	}
	chain n {
		type nat hook postrouting priority srcnat; policy accept;
		oifname "eth0" masquerade
		ip saddr 10.0.0.1 snat to 1.1.1.1
	}
	chain p {
		type nat hook prerouting priority dstnat; policy accept;
		tcp dport 80 dnat to 10.0.0.2:8080
	}
}
table netdev nd {
	chain i {
		type filter hook ingress device "veth0" priority 0; policy drop;
		ether saddr 02:00:00:00:00:01 accept
	}
}
table inet f {
	chain o {
		type filter hook output priority 0; policy accept;
		ip6 daddr ::1 counter
		meta nftrace set 1
	}
}
X
nft -j list ruleset
nft -j list ruleset | head -c 300; echo
nft -j list tables
nft -j list table ip t | head -c 200; echo
nft -j list chain ip t d
