# Meters (a dynamic set per rule whose elements each run a limit), meta nftrace, and
# flowtables, which this kernel lacks (nf_flow_table): the kernel's ENOENT.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1; sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.0.0.1/24 dev veth0; ip link set veth0 up
ip -n a addr add 10.0.0.2/24 dev veth1; ip -n a link set veth1 up
ip netns exec a nft add table inet f
ip netns exec a nft add flowtable inet f ft '{ hook ingress priority 0; devices = { veth1 }; }'; echo rc=$?
ip netns exec a nft delete flowtable inet f ft; echo rc=$?
ip netns exec a nft add flowtable inet nosuch ft '{ hook ingress priority 0; devices = { veth1 }; }'; echo rc=$?
ip netns exec a nft list flowtables; echo rc=$?
ip netns exec a nft add chain inet f in '{ type filter hook input priority 0; }'
ip netns exec a nft add rule inet f in ip protocol icmp meter pl '{ ip saddr limit rate 1/minute burst 2 packets }' counter accept; echo rc=$?
ip netns exec a nft add rule inet f in ip protocol icmp counter drop
ip netns exec a nft add rule inet f in tcp dport 80 meter m2 size 1024 '{ ip saddr timeout 10s limit rate over 5/minute }' drop; echo rc=$?
ip netns exec a nft add rule inet f in meta nftrace set 1; echo rc=$?
ping -c 4 -i 0.2 -W 1 10.0.0.2 | grep -o '[0-9]* received'
ip netns exec a nft -a list ruleset
ip netns exec a nft list meters; echo rc=$?
ip netns exec a nft list meter inet f m2; echo rc=$?
ip netns exec a nft list meter inet f nosuch; echo rc=$?
ip netns exec a nft list sets; echo rc=$?
ip netns exec a nft add rule inet f in meta nftrace set 2; echo rc=$?
