# Nexthop groups pass over members whose neighbour is not valid (nexthop_is_good_nh): FAILED/INCOMPLETE skipped, STALE good, none good -> the first member; IPv4 and IPv6, per lookup.
sysctl -qw net.ipv4.fib_multipath_hash_seed=12345
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip nexthop add id 1 via 10.0.0.2 dev v0
ip nexthop add id 2 via 10.0.0.3 dev v0
ip nexthop add id 10 group 1/2
ip route add 10.9.0.0/16 nhid 10
ip nexthop add id 61 via 2001:db8::2 dev v0
ip nexthop add id 62 via 2001:db8::3 dev v0
ip nexthop add id 60 group 61/62
ip -6 route add 2001:db8:9::/64 nhid 60
show() { for i in 1 2 3 4 5 6 7 8; do ip route get 10.9.0.$i | head -1; done; for i in 1 2 3 4 5 6; do ip -6 route get 2001:db8:9::$i | head -1; done; }
show
ip neigh add 10.0.0.2 dev v0 nud failed; echo rc=$?
ip neigh replace 10.0.0.3 lladdr 02:00:00:00:00:03 dev v0 nud stale
ip -6 neigh add 2001:db8::2 dev v0 nud incomplete; echo rc=$?
ip neigh show
ip -6 neigh show
show
ip neigh replace 10.0.0.3 dev v0 nud failed
ip -6 neigh replace 2001:db8::3 dev v0 nud failed; echo rc=$?
show
