# Temporary addresses for a configured address: use_tempaddr with mngtmpaddr (RFC 8981 as
# manage_tempaddrs/ipv6_create_tempaddr do), their flags and lifetimes, source selection
# (use_tempaddr 2 prefers them, 1 does not), deleting the public address takes them along.
# The temporary interface id is random: it is shown as TMP.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va up; ip -n b link set vb up; ip -n a link set lo up
ip -n a -6 addr add 2001:db8:3::1/64 dev va mngtmpaddr nodad
ip -n a -6 addr show dev va temporary | grep -c inet6
ip netns exec a sysctl -w net.ipv6.conf.va.use_tempaddr=2
ip -n a -6 addr add 2001:db8:4::1/64 dev va mngtmpaddr nodad valid_lft 3600 preferred_lft 1800
ip -n a -6 addr add 2001:db8:5::1/64 dev va mngtmpaddr nodad preferred_lft 0
ip -n a -6 addr add 2001:db8:6::1/64 dev va nodad
sleep 3
m() { sed 's/2001:db8:\([0-9]\):0:[0-9a-f:]*\/64/2001:db8:\1:TMP\/64/;s/2001:db8:\([0-9]\):0:[0-9a-f:]* /2001:db8:\1:TMP /;s/valid_lft [0-9]*sec/valid_lft Nsec/;s/preferred_lft [0-9]*sec/preferred_lft Nsec/'; }
ip -n a -6 addr show dev va | m
ip -n a -6 route show dev va
ip -n a -6 route add default dev va
ip -n a -6 route get 2001:db8:4::9 | m
ip -n a -6 route get 2001:db8:9::1 | m
ip netns exec a sysctl -w net.ipv6.conf.va.use_tempaddr=1
ip -n a -6 route get 2001:db8:4::9 | m
ip -n a -6 addr show dev va temporary | m
ip -n a -6 addr show dev va secondary | grep -c inet6
ip -n a -6 addr del 2001:db8:4::1/64 dev va
ip -n a -6 addr show dev va temporary | m
ip -n a -6 addr change 2001:db8:3::1/64 dev va nodad
ip -n a -6 addr show dev va | m
