# nft 1.0.6 lists the bridge tables ebtables-nft made: base chains with their
# hook/priority names, rules as ether/iifname expressions with counters, user
# chain policy rules (none for RETURN); nft delete table / flush ruleset remove them.
ebtables -N foo
ebtables -N bar -P DROP
ebtables -N baz -P RETURN
ebtables -A FORWARD -p IPv4 -s 00:11:22:33:44:55 -j DROP
ebtables -A FORWARD -p ! ARP -d Multicast -i eth0 -j ACCEPT
ebtables -A FORWARD -p IPv6 -d ! 00:11:22:33:44:55/ff:ff:ff:00:00:00 -o veth+ -j RETURN
ebtables -A FORWARD -p LENGTH -s Broadcast -d BGA -i ! eth1 -o ! x -j CONTINUE
ebtables -A FORWARD -p 0x88cc -j foo
ebtables -A FORWARD -p 802_1Q -j ACCEPT
ebtables -A FORWARD -p ! 0x1234 -j ACCEPT
ebtables -A INPUT -s Unicast -j ACCEPT
ebtables -t nat -A PREROUTING -p ! LENGTH -j ACCEPT
ebtables -t nat -P OUTPUT DROP
nft list ruleset
nft list tables
nft list table bridge nat
nft list chain bridge filter foo
nft list ruleset bridge | head -3
nft delete table bridge nat; echo rc=$?
nft delete table bridge nat; echo rc=$?
ebtables-save | grep -c .
nft flush ruleset; echo rc=$?
nft list ruleset; ebtables -L | head -3
