# Rate limiting: limit rate, limit rate over, burst; meter-less per-rule limits.
ip link add v0 type veth peer name v1
ip netns add b
ip link set v1 netns b
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ip netns exec b ip addr add 10.0.0.2/24 dev v1
ip netns exec b ip link set v1 up
nft add table inet filter
nft add chain inet filter input '{ type filter hook input priority 0; policy accept; }'
nft add rule inet filter input icmp type echo-request limit rate over 2/second burst 2 packets counter drop
nft add rule inet filter input icmp type echo-request counter accept
nft list ruleset
ip netns exec b ping -c 6 -i 0.01 -W 1 10.0.0.1 | tail -2 | head -1 | sed "s/, time.*//"
nft list ruleset
nft add rule inet filter input tcp dport 22 ct state new limit rate 3/minute accept
nft add rule inet filter input limit rate 10 kbytes/second accept
nft add rule inet filter input limit rate over 1 mbytes/second drop
nft list chain inet filter input
nft add rule inet filter input limit rate 0/second accept
nft add rule inet filter input limit rate 5/fortnight accept
nft add table inet t
nft add chain inet t c
nft add rule inet t c limit rate 10 kbytes/second accept
nft add rule inet t c limit rate over 1 mbytes/second drop
nft add rule inet t c limit rate 100 bytes/second burst 200 bytes accept
nft add rule inet t c limit rate 1024 kbytes/minute burst 10 mbytes accept
nft add rule inet t c limit rate 5/minute burst 10 packets accept
nft add rule inet t c limit rate over 5/hour accept
nft add rule inet t c limit rate 1 kbytes/second burst 0 bytes accept
nft add rule inet t c limit rate 1500 bytes/second accept
nft list chain inet t c
