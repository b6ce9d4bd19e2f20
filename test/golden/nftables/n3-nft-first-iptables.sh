# A table nft made under an iptables name is the table iptables-nft uses: its base chain with
# iptables' priority takes iptables rules; one at another priority is "incompatible" to iptables.
nft add table ip filter
nft add chain ip filter INPUT '{ type filter hook input priority 0; policy accept; }'
nft add rule ip filter INPUT tcp dport 22 counter accept
iptables -A INPUT -s 10.1.1.1 -j DROP; echo rc=$?
iptables -S; echo rc=$?
nft -a list ruleset
iptables -A FORWARD -j ACCEPT; echo rc=$?
nft list ruleset
nft add table ip nat
nft add chain ip nat POSTROUTING '{ type nat hook postrouting priority 100; }'
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE; echo rc=$?
iptables -t nat -S; echo rc=$?
nft add table ip mangle
nft add chain ip mangle PREROUTING '{ type filter hook prerouting priority 0; }'
iptables -t mangle -A PREROUTING -j ACCEPT; echo rc=$?
iptables -t mangle -S; echo rc=$?
nft list table ip mangle
