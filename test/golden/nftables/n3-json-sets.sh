# nft -j with named sets and maps: type, handle, size, flags, timeout, elements (ranges, verdicts),
# list set/sets/maps.
nft add table inet f
nft add set inet f a '{ type ipv4_addr; }'
nft add element inet f a '{ 10.0.0.1, 10.0.0.2 }'
nft add set inet f b '{ type inet_service; flags interval; elements = { 22, 8000-8100 } ; }'
nft add set inet f c '{ type ipv4_addr; flags timeout; timeout 1h; size 100; }'
nft add map inet f m '{ type inet_service : verdict; elements = { 22 : accept } ; }'
nft add set inet f e '{ type ipv4_addr; }'
nft add chain inet f in '{ type filter hook input priority 0; }'
nft add rule inet f in ip saddr @a accept
nft -j list ruleset
nft -j list set inet f a
nft -j list sets
nft -j list maps
nft add set inet f cc '{ type ipv4_addr . inet_service; elements = { 10.0.0.1 . 22 } ; }'
nft -j list set inet f cc
