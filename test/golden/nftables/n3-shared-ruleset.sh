# iptables-nft and nft share one rule set: native rules and chains added to the table
# iptables made are listed by both tools; rules iptables cannot read make it "incompatible".
iptables -A INPUT -s 10.0.0.1 -j DROP
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -m comment --comment hi -j ACCEPT
nft list ruleset; echo rc=$?
nft add rule ip filter INPUT counter; echo rc=$?
nft add chain ip filter mychain; echo rc=$?
nft add rule ip filter mychain ip daddr 1.2.3.4 counter drop; echo rc=$?
nft add rule ip filter INPUT jump mychain; echo rc=$?
nft insert rule ip filter INPUT iifname "eth*" udp dport 53 accept
nft add rule ip filter INPUT position 3 tcp sport 1024-2000 meta mark 5 limit rate 5/second accept
nft -a list ruleset; echo rc=$?
iptables -L -n -v; echo rc=$?
iptables -S; echo rc=$?
nft add rule ip filter mychain ip saddr { 1.1.1.1, 2.2.2.2 } icmp type echo-request drop
iptables -S mychain; echo rc=$?
nft -a list chain ip filter mychain
nft add chain ip filter FORWARD '{ type filter hook forward priority 0; policy drop; }'
nft add rule ip filter FORWARD ct state established accept
iptables -S INPUT; echo rc=$?
iptables -S FORWARD; echo rc=$?
iptables -L -n; echo rc=$?
iptables -S; echo rc=$?
iptables-save; echo rc=$?
iptables -A INPUT -j ACCEPT; echo rc=$?
nft delete rule ip filter FORWARD handle 13; echo rc=$?
nft -a list chain ip filter FORWARD
iptables -S FORWARD; echo rc=$?
iptables -D INPUT -d 1.2.3.4 -j DROP; echo rc=$?
iptables -D mychain -d 1.2.3.4 -j DROP; echo rc=$?
iptables -F; echo rc=$?
iptables -X; echo rc=$?
nft list ruleset
nft add chain ip filter other; echo rc=$?
nft create chain ip filter other; echo rc=$?
nft delete table ip filter; echo rc=$?
iptables -S; echo rc=$?
