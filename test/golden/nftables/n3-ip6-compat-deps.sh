# ip6tables-nft reading native ip6 rules (icmpv6 type as icmp6, prefixes, !=), an nft-made raw
# table taken by ip6tables; nft leaving out a protocol match before its ports, protocol conflicts.
ip6tables -A INPUT -s 2001:db8::1 -j DROP
nft add rule ip6 filter INPUT ip6 saddr 2001:db8::/64 tcp dport 22 counter accept
nft add rule ip6 filter INPUT ip6 daddr != fe80::1 icmpv6 type echo-request drop
nft add rule ip6 filter INPUT meta l4proto udp udp dport 53 accept
ip6tables -S; echo rc=$?
ip6tables -L -n -v; echo rc=$?
nft list table ip6 filter
nft add table ip6 raw
nft add chain ip6 raw PREROUTING '{ type filter hook prerouting priority raw; }'
nft add rule ip6 raw PREROUTING ip6 saddr ::1 counter
ip6tables -t raw -S; echo rc=$?
ip6tables -t raw -A PREROUTING -j ACCEPT; echo rc=$?
nft list table ip6 raw
nft add table ip t
nft add chain ip t c
nft add rule ip t c ip protocol tcp tcp dport 22 accept
nft add rule ip t c meta l4proto udp udp sport 53 accept
nft add rule ip t c ip protocol udp tcp dport 22 accept
nft add rule ip t c ip protocol tcp counter tcp dport 22 accept
nft add table inet i
nft add chain inet i c
nft add rule inet i c meta l4proto tcp tcp dport 22 accept
nft list ruleset
nft -j list chain inet i c
