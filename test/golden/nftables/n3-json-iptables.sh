# nft -j over iptables-nft's rules: native expressions (interfaces, addresses, protocol, ports,
# --syn as a flags compare, mark, limit, verdicts, counters) and the rest as xt match/target.
iptables -A INPUT -s 10.0.0.1 -j DROP
iptables -A INPUT -i eth0 -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p udp --sport 53 -m comment --comment hi -j ACCEPT
iptables -A INPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT
iptables -N X
iptables -A INPUT -j X
iptables -A X -j RETURN
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -A INPUT -s 10.0.0.0/8 ! -i eth+ -m mark --mark 0x5 -j LOG --log-prefix "x "
iptables -A INPUT -p tcp --syn -m limit --limit 10/min -j REJECT
iptables -A INPUT -p tcp ! --dport 1000:2000 -j DROP
iptables -t raw -A PREROUTING -p icmp -j TRACE
ip6tables -A INPUT -s 2001:db8::/32 -p udp --dport 53 -j ACCEPT
nft -j list ruleset
nft -j list chain ip filter X
