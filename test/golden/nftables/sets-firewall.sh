# Firewall with named sets: blocklist, allowed ports, lookups, listing.
ip link add v0 type veth peer name v1
ip netns add b
ip link set v1 netns b
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ip netns exec b ip addr add 10.0.0.2/24 dev v1
ip netns exec b ip link set v1 up
nft add table inet filter
nft add chain inet filter input '{ type filter hook input priority 0; policy accept; }'
nft add set inet filter blocklist '{ type ipv4_addr; }'
nft add set inet filter allowed_ports '{ type inet_service; }'
nft add element inet filter allowed_ports '{ 22, 80, 443 }'
nft add rule inet filter input ip saddr @blocklist counter drop
nft add rule inet filter input tcp dport @allowed_ports accept
nft list ruleset
nft list sets
nft list set inet filter blocklist
ping -c 1 -W 1 10.0.0.2 | tail -2
ip netns exec b ping -c 1 -W 1 10.0.0.1 | tail -2
nft add element inet filter blocklist '{ 10.0.0.2 }'
ip netns exec b ping -c 1 -W 1 10.0.0.1 | tail -2
nft list set inet filter blocklist
nft -a list chain inet filter input
nft delete element inet filter blocklist '{ 10.0.0.2 }'
ip netns exec b ping -c 1 -W 1 10.0.0.1 | tail -2
nft list ruleset
nft add element inet filter blocklist '{ 10.0.0.0/24 }'
nft add element inet filter nosuch '{ 1.2.3.4 }'
nft add element inet filter allowed_ports '{ 22 }'
nft create element inet filter allowed_ports '{ 22 }'
nft delete set inet filter blocklist
nft delete rule inet filter input handle 4
nft delete set inet filter blocklist
nft list sets inet
echo rc=$?
