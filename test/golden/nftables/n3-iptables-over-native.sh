# iptables -C/-D/-I/-R over rules nft added: rules read back compare equal to iptables' own
# (tcp/udp ports, prefixes, mark, icmp type, limit); a replaced rule keeps its handle.
iptables -A INPUT -j ACCEPT
nft add rule ip filter INPUT tcp dport 22 accept
nft add rule ip filter INPUT ip saddr 10.0.0.0/8 meta mark 5 drop
nft add rule ip filter INPUT iifname "eth0" udp sport 53 counter
nft add rule ip filter INPUT icmp type echo-request limit rate 3/minute accept
iptables -C INPUT -p tcp --dport 22 -j ACCEPT; echo rc=$?
iptables -C INPUT -s 10.0.0.0/8 -m mark --mark 5 -j DROP; echo rc=$?
iptables -C INPUT -i eth0 -p udp --sport 53; echo rc=$?
iptables -C INPUT -p icmp --icmp-type echo-request -m limit --limit 3/min -j ACCEPT; echo rc=$?
iptables -D INPUT -p tcp --dport 22 -j ACCEPT; echo rc=$?
iptables -D INPUT -s 10.0.0.0/8 -m mark --mark 5 -j DROP; echo rc=$?
iptables -I INPUT 2 -s 1.1.1.1 -j DROP; echo rc=$?
iptables -R INPUT 3 -d 2.2.2.2 -j DROP; echo rc=$?
nft -a list ruleset
iptables -v -L INPUT -n -x
