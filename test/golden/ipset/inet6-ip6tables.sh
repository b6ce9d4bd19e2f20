# family inet6 sets in ip6tables rules: a blocklist by prefix, an allowlist by address and port, counters
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 2001:db8::1/64 dev va nodad; ip -n a addr add 2001:db8::5/64 dev va nodad
ip -n b addr add 2001:db8::2/64 dev vb nodad
ip -n a link set va up; ip -n b link set vb up
MA=$(ip -n a -br link show va | awk '{print $3}'); MB=$(ip -n b -br link show vb | awk '{print $3}')
ip -n a neigh add 2001:db8::2 lladdr $MB dev va nud permanent
ip -n b neigh add 2001:db8::1 lladdr $MA dev vb nud permanent; ip -n b neigh add 2001:db8::5 lladdr $MA dev vb nud permanent
B="ip netns exec b"
$B ipset create block6 hash:net family inet6 counters
$B ipset add block6 2001:db8::4/126
$B ipset create svc6 hash:ip,port family inet6
$B ipset add svc6 2001:db8::2,udp:5353
$B ipset create v4 hash:ip
$B ip6tables -A INPUT -m set --match-set v4 src -j DROP; echo rc=$?
$B ip6tables -A INPUT -p ipv6-icmp -m set --match-set block6 src -j DROP
$B ip6tables -A INPUT -p udp -m set ! --match-set svc6 dst,dst -j DROP
$B iptables -A INPUT -m set --match-set block6 src -j DROP; echo rc=$?
ip netns exec a ping -6 -c1 -W1 -I 2001:db8::1 2001:db8::2 | grep -c "bytes from"
ip netns exec a ping -6 -c1 -W1 -I 2001:db8::5 2001:db8::2 | grep -c "bytes from"
$B ip6tables -L INPUT -v -n | sed 's/ \+/ /g'
$B ip6tables -S INPUT
$B ipset list block6
