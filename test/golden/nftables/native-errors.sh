# Native nft errors: missing table (cache, with "did you mean"), missing chain, syntax, EEXIST, bad jump.
nft add chain inet filter input '{ type filter hook input priority 0; }'; echo rc=$?
nft add table inet filter
nft add chain inet filter input '{ type filter hook input priority 0; policy drop; }'; echo rc=$?
nft add rule inet filter nochain accept; echo rc=$?
nft add rule inet nofilter input accept; echo rc=$?
nft add rule inet filter input tcp dport 22 acept; echo rc=$?
nft add rule inet filter input jump nowhere; echo rc=$?
nft delete chain inet filter input; echo rc=$?
nft create table inet filter; echo rc=$?
nft add chain inet filter input2 '{ type filter hook input priority 5; policy accept; }'
nft add chain inet filter c3 '{ type filter hook forward priority -15; }'
nft add chain inet filter c4 '{ type filter hook output priority 100; }'
nft add chain inet filter c5 '{ type filter hook prerouting priority -100; }'
nft add rule inet filter input limit rate 10/second accept
nft add rule inet filter input limit rate 10/minute burst 20 packets accept
nft add rule inet filter input log prefix '"in: "' level info
nft add rule inet filter input log
nft add rule inet filter input reject with icmp type host-unreachable
nft add rule inet filter input reject with tcp reset
nft add rule inet filter input ip protocol tcp reject
nft add rule inet filter input ct state new,established,invalid counter
nft add rule inet filter input ct state '{ new, related }' counter
nft add rule inet filter input meta l4proto icmp accept
nft add rule inet filter input ip6 saddr 2001:db8::/32 udp sport 53 accept
nft add rule inet filter input ip daddr 10.0.0.5/24 oifname '{ "eth0", "v*" }' drop
nft add rule inet filter input tcp dport != 22 ether saddr 02:00:00:00:00:01 accept
nft add rule inet filter input iif lo accept
nft add rule inet filter input icmpv6 type '{ echo-request, nd-neighbor-solicit }' accept
nft add rule inet filter input tcp dport '{ 22, 1000-2000, 80 }' accept
nft list ruleset
nft -n list ruleset
nft -s list chain inet filter input
nft list chains
nft delete table inet nosuch; echo rc=$?
nft list table inet nosuch; echo rc=$?
nft add table foo
nft list tables
nft add rule foo bar accept; echo rc=$?
