# Which sibling an IPv6 flow takes (rt6_multipath_hash with a fixed seed): policy
# 0 (addresses, flow label, protocol) and 1 (ports), weights, from, oif, fibmatch,
# link-down kept, a dead sibling's share going to the others.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip link add veth4 type veth peer name veth5
for d in veth0 veth1 veth2 veth3 veth4 veth5; do ip link set $d up; done
ip -6 addr add 2001:db8:1::1/64 dev veth0 nodad
ip -6 addr add 2001:db8:2::1/64 dev veth2 nodad
ip -6 addr add 2001:db8:3::1/64 dev veth4 nodad
sysctl -w net.ipv4.fib_multipath_hash_seed=1234
ip -6 route add 2001:db8:9::/64 nexthop via 2001:db8:1::2 dev veth0 nexthop via 2001:db8:2::2 dev veth2
ip -6 route add 2001:db8:a::/64 nexthop via 2001:db8:1::2 weight 1 nexthop via 2001:db8:2::2 weight 3 nexthop via 2001:db8:3::2 weight 2
g() { for i in 1 2 3 4 5 6 7 8 9 10 11 12; do ip -6 route get $1::$i:$((i*7)) $2 $3 $4 $5 $6 $7 $8 $9; done; }
g 2001:db8:9
g 2001:db8:a
g 2001:db8:a from 2001:db8:1::1
g 2001:db8:a ipproto tcp
g 2001:db8:a oif veth4
ip -6 route get fibmatch 2001:db8:a::5
sysctl -w net.ipv6.fib_multipath_hash_policy=1
for i in 1 2 3 4 5 6 7 8; do ip -6 route get 2001:db8:a::1 ipproto tcp sport $((1000+i)) dport 80; done
for i in 1 2 3 4 5 6; do ip -6 route get 2001:db8:a::1 ipproto udp sport 53 dport $((2000+i*13)); done
sysctl -w net.ipv6.fib_multipath_hash_policy=0
ip link set veth3 down
sleep 0.1
ip -6 route show 2001:db8:a::/64
g 2001:db8:a
sysctl -w net.ipv6.conf.all.ignore_routes_with_linkdown=1
g 2001:db8:a
ip link set veth2 down
ip -6 route show 2001:db8:a::/64
g 2001:db8:a
ip link set veth2 up
ip -6 route show 2001:db8:a::/64
