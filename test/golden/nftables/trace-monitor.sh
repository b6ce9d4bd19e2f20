# nft monitor trace: a traced ping through an inet table (packet line at each base chain, each rule that
# ran to its end or decided, the policy), then an ip table with jump/return/goto and a drop policy;
# plain `nft monitor` prints ruleset events and traces together.
# (the ICMP payload, ids and the UDP source port are masked as random)
ip netns add a
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip -n a addr add 10.0.0.2/24 dev veth1
ip -n a link set veth1 up
nft add table inet t
nft add chain inet t pre '{ type filter hook prerouting priority 0; policy accept; }'
nft add chain inet t in '{ type filter hook input priority 0; policy accept; }'
nft add rule inet t pre ip protocol icmp meta nftrace set 1
nft add rule inet t in ip saddr 10.0.0.2 counter
nft add rule inet t in tcp dport 80 accept
nft add rule inet t in icmp type echo-request accept
timeout 5 nft monitor trace > f 2>&1 &
sleep 0.3
ip netns exec a ping -c1 -W1 10.0.0.1 >/dev/null
sleep 0.3
kill %1; wait
cat f
echo ---
timeout 5 nft monitor > g 2>&1 &
sleep 0.3
nft add rule inet t in tcp dport 22 drop
ip netns exec a ping -c1 -W1 10.0.0.1 >/dev/null
sleep 0.3
kill %1; wait
cat g
echo ---
nft flush ruleset
nft -f - <<'NFT'
table ip t {
  chain sub { ip saddr 10.0.0.2 counter; udp dport 9 return; }
  chain sub2 { icmp type echo-request drop; }
  chain pre { type filter hook prerouting priority 0; policy accept; meta nftrace set 1; jump sub; }
  chain in { type filter hook input priority 0; policy drop; udp dport 10 goto sub2; icmp type echo-request goto sub2; }
}
NFT
timeout 5 nft monitor trace > f 2>&1 &
sleep 0.3
ip netns exec a ping -c1 -W1 10.0.0.1 >/dev/null
echo hi | ip netns exec a nc -u -w1 10.0.0.1 9
sleep 0.3
kill %1; wait
cat f
