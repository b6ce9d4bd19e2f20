# nft monitor trace of IPv6 packets: the ip6 header's statements (nexthdr dropped in an ip6 table, kept in inet),
# ICMPv6 (the echo's id and sequence read as parameter-problem) and UDP; once set, the trace bit follows the packet
# into a later chain whose rule did not match. Flow labels, ids and the payload are masked as random.
ip netns add a
ip link add veth0 type veth peer name veth1 netns a
ip addr add fd00::1/64 dev veth0 nodad
ip link set veth0 up
ip -n a addr add fd00::2/64 dev veth1 nodad
ip -n a link set veth1 up
nft add table inet t
nft add chain inet t in '{ type filter hook input priority 0; policy accept; }'
nft add rule inet t in icmpv6 type echo-request meta nftrace set 1
nft add table ip6 u
nft add chain ip6 u in '{ type filter hook input priority 0; policy accept; }'
nft add rule ip6 u in icmpv6 type echo-request meta nftrace set 1
nft add rule ip6 u in udp dport 9 meta nftrace set 1
timeout 5 nft monitor trace > f 2>&1 &
sleep 0.3
ip netns exec a ping -6 -c1 -W1 fd00::1 >/dev/null; echo ping=$?
echo hi | ip netns exec a nc -u -w1 fd00::1 9
sleep 0.3
kill %1; wait
cat f
