# tcp flags: implicit (any of), ==, !=, masked (& (..) == ..), sets; listing, -j; counting the SYN
# of a connection and dropping new connections by flags.
nft add table inet t
nft add chain inet t c '{ type filter hook input priority 0; }'
nft add rule inet t c tcp flags syn counter
nft add rule inet t c tcp flags == syn counter
nft add rule inet t c tcp flags \& '(syn|ack)' == syn counter
nft add rule inet t c tcp flags \& '(fin|syn|rst|ack)' != syn drop
nft add rule inet t c tcp flags '{ syn, ack }' counter
nft add rule inet t c tcp flags syn,ack counter
nft add rule inet t c tcp flags != syn counter
nft add rule inet t c 'tcp flags & (syn|rst) == syn|rst' drop
nft list ruleset
nft -j list chain inet t c
iptables -A INPUT -p tcp --syn -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN,ACK -j DROP
nft list table ip filter
sysctl -qw net.ipv6.conf.all.disable_ipv6=1; sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.0.0.1/24 dev veth0; ip link set veth0 up
ip -n a addr add 10.0.0.2/24 dev veth1; ip -n a link set veth1 up; ip -n a link set lo up
ip netns exec a nft add table inet f
ip netns exec a nft add chain inet f in '{ type filter hook input priority 0; }'
ip netns exec a nft add rule inet f in tcp dport 8080 tcp flags syn / syn,ack counter
ip netns exec a nft add rule inet f in tcp dport 8080 tcp flags == ack counter
ip netns exec a nft add rule inet f in tcp dport 9090 tcp flags syn counter drop
nc -z -w 1 10.0.0.2 8080; echo nc=$?
timeout 0.5 nc -z 10.0.0.2 9090 >/dev/null 2>&1; echo done
ip netns exec a nft list chain inet f in
