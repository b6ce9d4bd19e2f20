# Native nft from a tutorial: an inet filter table, rules with matches, sets, counters,
# insert at a position, delete by handle; an ip nat table; flush ruleset. Traffic hits the drop rule.
ip link add v0 type veth peer name v1
ip netns add b
ip link set v1 netns b
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ip netns exec b ip addr add 10.0.0.2/24 dev v1
ip netns exec b ip link set v1 up
ip netns exec b ip link set lo up
nft add table inet filter
nft add chain inet filter input '{ type filter hook input priority 0; policy accept; }'
nft add rule inet filter input ip saddr 10.0.0.2 icmp type echo-request counter drop
nft add rule inet filter input tcp dport { 22, 80 } accept
nft add rule inet filter input ct state established,related accept
nft add rule inet filter input iifname "lo" accept
nft list ruleset
ip netns exec b ping -c 1 -W 1 10.0.0.1 | tail -2
nft list ruleset
nft -a list table inet filter
nft add chain inet filter foo
nft add rule inet filter foo udp dport 53 counter accept
nft insert rule inet filter input position 2 jump foo
nft -a list chain inet filter input
nft delete rule inet filter input handle 3
nft list chain inet filter input
nft list tables
nft add table ip nat
nft add chain ip nat post '{ type nat hook postrouting priority srcnat; }'
nft add rule ip nat post oifname v0 masquerade
nft add rule ip nat post ip saddr 10.1.0.0/16 tcp dport 1000-2000 snat to 1.2.3.4
nft list table ip nat
nft delete table ip nat
nft list tables
nft flush ruleset
nft list ruleset
echo rc=$?
