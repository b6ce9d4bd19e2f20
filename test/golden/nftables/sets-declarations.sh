# Set declarations: flags, timeout, size, policy, counter, comment; element types and their line wrapping; errors.
nft add table inet t
nft add set inet t a '{ type ipv4_addr; flags timeout; }'
nft add set inet t b '{ type ipv4_addr; flags interval,timeout; timeout 30s; }'
nft add set inet t c '{ type ipv6_addr; }'
nft add element inet t c '{ 2001:db8::1, 2001:db8::2, fe80::1 }'
nft add set inet t d '{ type ether_addr; }'
nft add element inet t d '{ 02:00:00:00:00:01, 02:00:00:00:00:02, 02:00:00:00:00:03 }'
nft add set inet t e '{ type inet_service; }'
nft add element inet t e '{ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18 }'
nft add set inet t f '{ type ifname; }'
nft add element inet t f '{ "eth0", "lo", "v0" }'
nft add set inet t g '{ type ipv4_addr; size 100; }'
nft add set inet t h '{ type ipv4_addr; flags dynamic; }'
nft add set inet t i '{ type ipv4_addr; flags constant; elements = { 1.1.1.1 } ; }'
nft add set inet t j '{ type ipv4_addr; policy memory; }'
nft add set inet t k '{ type inet_proto; }'
nft add element inet t k '{ tcp, udp, 1 }'
nft add set inet t l '{ type mark; }'
nft add element inet t l '{ 1, 0x10 }'
nft add set inet t m '{ type ipv4_addr; counter; }'
nft add set inet t n '{ type ipv4_addr; comment "hello"; }'
nft list table inet t
nft add set inet t bad '{ type foo; }'
nft add set inet t bad2 '{ flags interval; }'
nft add set inet t bad3
nft add set inet t a '{ type ipv4_addr; }'
nft add set inet t a '{ type ipv6_addr; }'
nft create set inet t a '{ type ipv4_addr; }'
nft add element inet t a '{ 2001:db8::1 }'
nft add element inet t e '{ 70000 }'
nft delete element inet t e '{ 99 }'
nft add rule inet t nochain ip saddr @a drop
nft add chain inet t c1
nft add rule inet t c1 ip saddr @nosuch drop
nft add rule inet t c1 ip saddr @c drop
nft add rule inet t c1 tcp dport @a drop
nft add rule inet t c1 ip6 saddr @c drop
nft add rule inet t c1 meta l4proto @k drop
nft add rule inet t c1 iifname @f accept
nft list chain inet t c1
nft list set inet t nosuch
nft list set inet t b
nft delete set inet t nosuch
nft flush set inet t e
nft list set inet t e
echo rc=$?
