# IPv6 rules on ipproto/sport/dport (fib6_rule_match): ip -6 route get with the
# flow's protocol and ports, and sockets' own lookups (UDP, TCP).
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
for d in lo veth0 veth1 veth2 veth3; do ip link set $d up; done
ip -6 addr add 2001:db8:1::1/64 dev veth0 nodad
ip -6 addr add 2001:db8:2::1/64 dev veth2 nodad
ip -6 route add 2001:db8:9::/64 via 2001:db8:1::2
ip -6 route add 2001:db8:9::/64 via 2001:db8:2::2 table 100
ip -6 rule add ipproto tcp table 100
ip -6 rule add ipproto udp dport 5000-5010 table 100
ip -6 rule add sport 7000 table 100
ip -6 rule add dport 32768 table 100
ip -6 rule
ip -6 route get 2001:db8:9::1
ip -6 route get 2001:db8:9::1 ipproto tcp
ip -6 route get 2001:db8:9::1 ipproto udp
ip -6 route get 2001:db8:9::1 ipproto udp dport 5005
ip -6 route get 2001:db8:9::1 ipproto udp dport 5011
ip -6 route get 2001:db8:9::1 sport 7000
ip -6 route get 2001:db8:9::1 ipproto udp sport 7000
ip -6 route get 2001:db8:9::1 dport 32768
ip -6 route get 2001:db8:9::1 ipproto ipv6-icmp
ip -6 route get 2001:db8:9::1 ipproto 300
ip -6 route get 2001:db8:9::1 sport x
ip -6 route get fibmatch 2001:db8:9::1 ipproto tcp
ip -6 rule del ipproto tcp table 100
ip -6 rule add not ipproto udp table 100 pref 50
ip -6 route get 2001:db8:9::1 ipproto udp
ip -6 route get 2001:db8:9::1 ipproto tcp
ip -6 route get 2001:db8:9::1
ip -6 rule flush
ip -6 route replace prohibit 2001:db8:9::/64 table 100
ip -6 rule add ipproto udp dport 5000 table 100
echo hi | nc -6 -v -u -w1 2001:db8:9::1 5000; echo "nc $?"
echo hi | nc -6 -v -u -w1 2001:db8:9::1 5001; echo "nc $?"
ip -6 rule add ipproto tcp sport 4000 table 100
nc -6 -v -w1 -p 4000 2001:db8:9::1 80; echo "nc $?"
nc -6 -v -w1 -p 4001 2001:db8:9::1 80; echo "nc $?"
ip -6 rule
