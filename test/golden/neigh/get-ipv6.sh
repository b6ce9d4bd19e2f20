# ip neigh get with IPv6 keys (nd_tbl): an entry, -6, a missing one, a
# missing device, proxy entries, JSON, no device; IPv4 alongside.
ip link add va type veth peer name vb
ip link set va up; ip link set vb up
ip -6 neigh add 2001:db8::5 lladdr 02:00:00:00:00:05 dev va
ip -6 neigh add proxy 2001:db8::7 dev va
ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:06 dev va nud reachable
ip neigh get 2001:db8::5 dev va; echo $?
ip -6 neigh get 2001:db8::5 dev va; echo $?
ip -j neigh get 2001:db8::5 dev va; echo $?
ip neigh get 2001:db8::6 dev va; echo $?
ip neigh get 2001:db8::5 dev nope; echo $?
ip neigh get proxy 2001:db8::7 dev va; echo $?
ip neigh get proxy 2001:db8::8 dev va; echo $?
ip neigh get 10.0.0.5 dev va; echo $?
ip -j neigh get 10.0.0.5 dev va; echo $?
ip -4 neigh get 2001:db8::5 dev va; echo $?
ip neigh get fe80::1; echo $?
ip neigh get 2001:db8::zz dev va; echo $?
