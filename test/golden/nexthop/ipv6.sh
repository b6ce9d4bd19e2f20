# IPv6 nexthop objects and groups: add (onlink, blackhole, gateway checks), -6/-4
# listings, JSON, IPv6 routes through nhid (one, a group, a blackhole; an IPv4
# nexthop refused), route get and the group's hash, fibmatch, replace, delete,
# device down.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
for d in lo veth0 veth1 veth2 veth3; do ip link set $d up; done
ip -6 addr add 2001:db8:1::1/64 dev veth0 nodad
ip -6 addr add 2001:db8:2::1/64 dev veth2 nodad
ip addr add 10.0.0.1/24 dev veth0
ip nexthop add id 1 via 2001:db8:1::2 dev veth0
ip nexthop add id 2 via 2001:db8:2::2 dev veth2
ip nexthop add id 3 via fe80::1 dev veth0
ip nexthop add id 4 dev veth2
ip nexthop add id 5 via 10.0.0.2 dev veth0
ip nexthop add id 6 via 2001:db8:5::2 dev veth0; echo $?
ip nexthop add id 7 via 2001:db8:5::2 dev veth0 onlink
ip nexthop add id 8 via 2001:db8:1::1 dev veth0; echo $?
ip -6 nexthop add id 9 blackhole
ip nexthop add id 10 group 1/2
ip nexthop add id 11 group 1,2/2,3
ip nexthop add id 12 group 1/5; echo $?
ip nexthop
ip -6 nexthop
ip -4 nexthop
ip -j nexthop show id 1
ip -6 route add 2001:db8:9::/64 nhid 1
ip -6 route add 2001:db8:a::/64 nhid 10
ip -6 route add 2001:db8:b::/64 nhid 9
ip -6 route add 2001:db8:c::/64 nhid 5; echo $?
ip -6 route add 2001:db8:d::/64 nhid 4
ip -6 route
ip -6 -d route show 2001:db8:a::/64
ip -6 route get 2001:db8:9::1
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:d::1
sysctl -w net.ipv4.fib_multipath_hash_seed=1234
for i in 1 2 3 4 5 6 7 8; do ip -6 route get 2001:db8:a::$i; done
ip -6 route get fibmatch 2001:db8:a::1
ip nexthop replace id 2 via 2001:db8:2::3 dev veth2
ip -6 route show 2001:db8:a::/64
ip -6 route get 2001:db8:a::1
ip nexthop del id 1
ip nexthop
ip -6 route
ip link set veth2 down
sleep 0.2
ip nexthop
ip -6 route
