# Native rule statements as nft lists them (plain, -n, -s, -a list chains), reject dependencies, deletes and flushes.
nft add table inet filter
nft add chain inet filter input '{ type filter hook input priority 0; policy accept; }'
nft add chain inet filter input2 '{ type filter hook input priority 5; policy accept; }'
nft add rule inet filter input limit rate 10/second accept
nft add rule inet filter input limit rate 10/minute burst 20 packets accept
nft add rule inet filter input log prefix '"in: "' level info
nft add rule inet filter input log
nft add rule inet filter input reject with icmp type host-unreachable
nft add rule inet filter input reject with tcp reset
nft add rule inet filter input ip protocol tcp reject
nft add rule inet filter input ct state new,established,invalid counter
nft add rule inet filter input ct state '{ new, related }' counter
nft add rule inet filter input ct state != established drop
nft add rule inet filter input meta l4proto icmp accept
nft add rule inet filter input meta l4proto '{ tcp, udp }' accept
nft add rule inet filter input ip6 saddr 2001:db8::/32 udp sport 53 accept
nft add rule inet filter input ip daddr 10.0.0.5/24 oifname '{ "eth0", "v*" }' drop
nft add rule inet filter input tcp dport != 22 ether saddr 02:00:00:00:00:01 accept
nft add rule inet filter input iif lo accept
nft add rule inet filter input icmpv6 type '{ echo-request, nd-neighbor-solicit }' accept
nft add rule inet filter input tcp dport '{ 22, 1000-2000, 80 }' accept
nft add rule inet filter input udp dport 1-1024 drop
nft add rule inet filter input ip saddr 10.0.0.1-10.0.0.9 drop
nft add rule inet filter input tcp dport ssh accept
nft add rule inet filter input tcp sport http continue
nft add rule inet filter input ip saddr '{ 10.0.0.0/8, 192.168.1.1 }' return
nft add chain inet filter foo
nft add rule inet filter input goto foo
nft list ruleset
nft -n list ruleset
nft -s list chain inet filter input
nft -a list chains
nft delete table inet nosuch; echo rc=$?
nft list table inet nosuch; echo rc=$?
nft delete chain inet filter foo; echo rc=$?
nft delete chain inet filter input2; echo rc=$?
nft delete chain inet filter nosuch; echo rc=$?
nft add table foo
nft list tables
nft add rule foo bar accept; echo rc=$?
nft add rule ip filter bar accept; echo rc=$?
nft add chain ip nosuch bar; echo rc=$?
nft add chain inet filter bad '{ type nat hook forward priority 0; }'; echo rc=$?
nft flush chain inet filter input
nft flush table inet filter
nft -a list table inet filter
nft flush ruleset
nft list ruleset
