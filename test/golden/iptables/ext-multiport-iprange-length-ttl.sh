# multiport, comment, iprange, length, ttl/TTL
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
B="ip netns exec b"
$B iptables -A INPUT -p tcp -m multiport --dports 22,80,443,8000:8080 -m comment --comment "web and ssh" -j ACCEPT
$B iptables -A INPUT -p udp -m multiport --sports 53,123 -j ACCEPT
$B iptables -A INPUT -p tcp -m multiport ! --ports 1:1023 -j LOG --log-prefix "hi "
$B iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.10 -m comment --comment lab -j ACCEPT
$B iptables -A INPUT -m iprange ! --dst-range 10.0.0.2-10.0.0.3 -j DROP
$B iptables -A INPUT -p icmp -m length --length 100:200 -j DROP
$B iptables -A INPUT -p icmp -m length ! --length 84 -j ACCEPT
$B iptables -A INPUT -m ttl --ttl-lt 5 -j DROP
$B iptables -A INPUT -m ttl --ttl-eq 64 -j ACCEPT
$B iptables -A INPUT -m ttl ! --ttl-eq 1 -j ACCEPT
$B iptables -t mangle -A PREROUTING -j TTL --ttl-set 10
$B iptables -t mangle -A OUTPUT -j TTL --ttl-inc 1
$B iptables -t mangle -A POSTROUTING -j TTL --ttl-dec 2
$B iptables -S
$B iptables -L -n -v
$B iptables -t mangle -S
$B iptables -t mangle -L -n
ip netns exec a ping -c 2 -W 1 -s 120 10.0.0.2 | grep transmitted
$B iptables -L INPUT -v -n -x | sed 's/ \+/ /g'
$B iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16
$B iptables -A INPUT -m multiport --dports 1,2
$B iptables -A INPUT -m comment --comment "$(printf 'x%.0s' $(seq 1 300))"
$B iptables -A INPUT -m ttl --ttl-gt 300
$B iptables -t filter -A INPUT -j TTL --ttl-set 1
$B iptables -t mangle -A INPUT -j TTL --ttl-dec 0
$B iptables -A INPUT -m iprange --src-range 10.0.0.9-10.0.0.1
$B iptables -A INPUT -m length --length 70000
iptables-save | head -0; $B iptables-save | grep -v '^#'
