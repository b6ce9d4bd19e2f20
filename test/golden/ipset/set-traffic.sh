# bitmap and list:set sets in iptables rules: ping and UDP through -m set, counters, MAC learning
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a addr add 10.0.0.5/24 dev va
ip -n a link set va up; ip -n b link set vb up
B="ip netns exec b"
$B ipset create hosts bitmap:ip range 10.0.0.0/28 counters
$B ipset create ports bitmap:port range 1000-2000
$B ipset create macs bitmap:ip,mac range 10.0.0.0/24
$B ipset create other hash:net
$B ipset create all list:set
$B ipset add all other; $B ipset add all hosts
$B ipset add hosts 10.0.0.1
$B ipset add ports 1500
$B ipset add macs 10.0.0.1
$B iptables -A INPUT -p udp -m set --match-set ports dst -j DROP
$B iptables -A INPUT -p icmp -m set --match-set all src -j ACCEPT
$B iptables -A INPUT -p icmp -m set --match-set macs src,src -j ACCEPT
$B iptables -A INPUT -p icmp -j DROP
ip netns exec a ping -c1 -W1 10.0.0.2 | grep -c "bytes from"
ip netns exec a ping -c1 -W1 -I 10.0.0.5 10.0.0.2 | grep -c "bytes from"
echo hi | ip netns exec a nc -u -w1 -q1 10.0.0.2 1500
$B iptables -L INPUT -v -n | sed 's/ \+/ /g'
$B ipset list hosts | tail -3
$B ipset list macs | tail -2 | sed 's/,..:..:..:..:..:../,MAC/'
$B ipset list all
$B ipset destroy other; echo rc=$?
$B ipset del all other; $B ipset destroy other; echo rc=$?
$B ipset list -t | grep -E '^(Name|References)'
