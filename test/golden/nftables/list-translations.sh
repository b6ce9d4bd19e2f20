# How nft prints iptables-nft rules using common matches and targets (native
# expressions and the compat translations).
iptables -A INPUT -p tcp --syn -j DROP
iptables -A INPUT -p tcp --tcp-flags SYN,ACK ACK -j DROP
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 3/4 -j ACCEPT
iptables -A INPUT -p icmp -j ACCEPT
iptables -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
iptables -A INPUT -m addrtype --src-type LOCAL ! --dst-type LOCAL -j ACCEPT
iptables -A INPUT -m conntrack ! --ctstate INVALID -j ACCEPT
iptables -A INPUT -m conntrack --ctstate DNAT -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.25 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 3 --packet 0 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --sports 1000:2000 -j ACCEPT
iptables -A INPUT -m limit --limit 5/sec --limit-burst 10 -j ACCEPT
iptables -A INPUT -m pkttype --pkt-type broadcast -j DROP
iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.9 -j DROP
iptables -A INPUT -m mac --mac-source 00:11:22:33:44:55 -j DROP
iptables -A INPUT -m comment --comment "kube x" -j ACCEPT
iptables -A INPUT -j LOG --log-prefix "in: " --log-level 7
iptables -A INPUT -j LOG
iptables -A INPUT -j REJECT --reject-with icmp-net-unreachable
iptables -A INPUT -j MARK --set-xmark 0x4000/0x4000
iptables -A INPUT -j MARK --or-mark 0x10
iptables -A INPUT -j CONNMARK --set-mark 1
iptables -A INPUT -j CONNMARK --restore-mark
iptables -A INPUT -m connmark --mark 1 -j ACCEPT
iptables -A INPUT -m length --length 100:200 -j ACCEPT
iptables -A INPUT -m ttl --ttl-gt 5 -j ACCEPT
iptables -t raw -A PREROUTING -j CT --notrack
iptables -t raw -A PREROUTING -j NOTRACK
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024-2048 --random-fully
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 8080
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1-10.0.0.5
iptables -t mangle -A OUTPUT -j TTL --ttl-set 5 2>&1
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
nft list ruleset
