# nft lists what iptables-nft put in the kernel: base chains with their
# priorities and policies, native expressions and compat ones (with the
# "managed by iptables-nft" warning), missing objects, flush ruleset.
nft -v; echo rc=$?
nft list ruleset; echo rc=$?
iptables -N foo
iptables -P FORWARD DROP
iptables -A OUTPUT -j ACCEPT
nft list chain ip filter FORWARD; echo rc=$?
nft list chain ip filter OUTPUT; echo rc=$?
iptables -A foo -s 1.2.3.4 -p tcp --dport 80 -j DROP
iptables -A INPUT -i lo -j foo
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -p udp --sport 53 --dport 1000:2000 -j ACCEPT
iptables -A INPUT -p tcp ! --dport 22 -j ACCEPT
iptables -A INPUT -i eth+ ! -d 10.0.0.0/255.0.255.0 -j ACCEPT
iptables -A INPUT -p 47 -j RETURN
iptables -A INPUT ! -s 10.0.0.1 -p udp -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -m mark --mark 0x1/0xff -j MARK --set-mark 2
iptables -A INPUT -m state --state NEW,RELATED
iptables -A INPUT -f
iptables -A INPUT -j REJECT
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
ip6tables -A INPUT -j ACCEPT
nft list chain ip filter NOPE; echo rc=$?
nft list chain ip nat NOPE; echo rc=$?
nft list table ip nope; echo rc=$?
nft list tables; echo rc=$?
nft list ruleset; echo rc=$?
nft list table ip nat; echo rc=$?
nft flush ruleset; echo rc=$?
nft list ruleset; echo rc=$?
iptables -S; echo rc=$?
nft list chain ip filter OUTPUT; echo rc=$?
nft; echo rc=$?
nft -f /nonexistent; echo rc=$?
