# nft output flags over iptables-nft rules: -a (table/chain/rule handles), -n, -s, combined;
# list chains, list sets/maps/counters/..., families left out of list table/chain.
iptables -N DOCKER
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p udp -s 10.0.0.0/8 -j REJECT
iptables -A FORWARD -j DOCKER
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables -t nat -A OUTPUT -p tcp -j DNAT --to-destination 1.2.3.4:80
iptables -t mangle -A PREROUTING -j MARK --set-mark 1
iptables -t raw -A PREROUTING -j CT --notrack
ip6tables -A INPUT -j DROP
nft -n list ruleset
nft -s list table ip filter
nft -a list table ip nat
nft -an list chain ip filter INPUT
nft --handle list chains
nft --numeric --stateless list ruleset ip6
nft list sets ip; echo rc=$?
nft list chains ip6; echo rc=$?
nft list chains inet; echo rc=$?
nft list table filter; echo rc=$?
nft list chain filter FORWARD; echo rc=$?
nft list table nosuch; echo rc=$?
nft -a; echo rc=$?
nft -x list tables; echo rc=$?
nft flush ruleset
iptables -A INPUT -j ACCEPT
ip6tables -t mangle -A OUTPUT -j ACCEPT
nft -a list tables; echo rc=$?
nft -a list ruleset
nft delete table filter; echo rc=$?
iptables -S; echo rc=$?
nft -a list chains ip6
