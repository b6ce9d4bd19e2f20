# Verdict maps (anonymous and named), data maps, dnat from a map; a vmap jump to a missing chain.
nft add table inet t
nft add chain inet t input '{ type filter hook input priority 0; }'
nft add chain inet t tcp_in
nft add chain inet t udp_in
nft add rule inet t input meta l4proto vmap '{ tcp : jump tcp_in, udp : jump udp_in }'
nft add rule inet t input tcp dport vmap '{ 22 : accept, 23 : drop, 8000-8080 : accept }'
nft add rule inet t input ip saddr vmap '{ 10.0.0.0/8 : accept, 192.168.0.1 : drop }'
nft add map inet t portmap '{ type inet_service : verdict; }'
nft add element inet t portmap '{ 80 : accept, 443 : accept, 25 : drop }'
nft add rule inet t input tcp dport vmap @portmap
nft add map inet t nat4 '{ type inet_service : ipv4_addr; }'
nft add element inet t nat4 '{ 80 : 10.0.0.2, 443 : 10.0.0.3 }'
nft -a list table inet t
nft list maps
nft list map inet t portmap
nft add table ip nat
nft add chain ip nat pre '{ type nat hook prerouting priority dstnat; }'
nft add rule ip nat pre dnat to tcp dport map '{ 80 : 10.0.0.2, 8080 : 10.0.0.3 }'
nft list table ip nat
nft add rule inet t input tcp dport vmap '{ 22 : jump nosuch }'
nft add rule inet t input tcp dport vmap '{ 22 : foo }'
echo rc=$?
