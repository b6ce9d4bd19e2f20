# netdev ingress/egress chains bound to a device count and drop frames (ARP too; ingress without
# the Ethernet header, egress with it), inet ingress, a chain without a device is nft's error.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1; sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.0.0.1/24 dev veth0; ip link set veth0 up
ip -n a addr add 10.0.0.2/24 dev veth1; ip -n a link set veth1 up
nft add table netdev t; echo rc=$?
nft add chain netdev t ing '{ type filter hook ingress priority 0; }'; echo rc=$?
nft add chain netdev t ing '{ type filter hook ingress device veth0 priority 0; }'; echo rc=$?
nft add chain netdev t eg '{ type filter hook egress device veth0 priority 0; }'; echo rc=$?
nft add chain netdev t ing2 '{ type filter hook ingress device nosuch priority 0; }'; echo rc=$?
nft add rule netdev t ing ip saddr 10.0.0.2 counter
nft add rule netdev t ing counter
nft add rule netdev t eg ip daddr 10.0.0.2 counter
nft add rule netdev t eg counter
ping -c 2 -i 0.2 -W 1 10.0.0.2 >/dev/null; echo ping=$?
nft list ruleset
nft -a list chains
nft add rule netdev t ing ip saddr 10.0.0.2 icmp type echo-reply drop
ping -c 1 -W 1 10.0.0.2 >/dev/null; echo ping=$?
nft list chain netdev t ing
nft delete table netdev t
nft add table inet f
nft add chain inet f ing '{ type filter hook ingress device veth0 priority 0; }'; echo rc=$?
nft add rule inet f ing counter
ping -c 1 -W 1 10.0.0.2 >/dev/null; echo ping=$?
nft list ruleset
nft delete table inet f
cat > nd.nft <<'X'
table netdev blk {
	chain in {
		type filter hook ingress device veth0 priority -10; policy accept;
		ip saddr 10.0.0.2 icmp type echo-reply counter drop
	}
}
X
nft -f nd.nft; echo rc=$?
ping -c 1 -W 1 10.0.0.2 >/dev/null; echo ping=$?
nft -a list table netdev blk
