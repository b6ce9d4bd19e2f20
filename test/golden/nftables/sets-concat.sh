# Concatenated sets: allow (source, port) pairs; anonymous concatenations; typeof with two fields.
ip link add v0 type veth peer name v1
ip netns add b
ip link set v1 netns b
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ip netns exec b ip addr add 10.0.0.2/24 dev v1
ip netns exec b ip link set v1 up
nft add table inet fw
nft add set inet fw pairs '{ type ipv4_addr . inet_service; }'
nft add element inet fw pairs '{ 10.0.0.2 . 8080, 10.0.0.3 . 22 }'
nft add set inet fw tpairs '{ typeof ip saddr . tcp dport; }'
nft add element inet fw tpairs '{ 10.0.0.9 . 443 }'
nft add chain inet fw input '{ type filter hook input priority 0; policy accept; }'
nft add rule inet fw input ip saddr . tcp dport @pairs counter accept
nft add rule inet fw input ip saddr . tcp dport { 10.0.0.2 . 9090, 10.0.0.4 . 80 } counter accept
nft add rule inet fw input tcp dport '{ 8080, 9090 }' counter reject with tcp reset
nft list ruleset
nc -l -p 8080 > /dev/null &
nc -l -p 9090 > /dev/null &
sleep 0.1
ip netns exec b nc -w 1 -z 10.0.0.1 8080; echo "8080: $?"
ip netns exec b nc -w 1 -z 10.0.0.1 9090; echo "9090: $?"
nft delete element inet fw pairs '{ 10.0.0.2 . 8080 }'
ip netns exec b nc -w 1 -z 10.0.0.1 8080; echo "8080: $?"
nft list chain inet fw input
nft add element inet fw pairs '{ 10.0.0.2 }'
nft add element inet fw pairs '{ 10.0.0.2 . 22 . 33 }'
nft list sets
