# IPv6 address flags and lifetimes as users set them (nodad, preferred_lft 0, noprefixroute, valid_lft,
# home, mngtmpaddr, optimistic), source selection among them (route get src), filters and flush.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va up; ip -n b link set vb up; ip -n a link set lo up
ip -n a -6 addr add 2001:db8:1::1/64 dev va nodad
ip -n a -6 addr add 2001:db8:1::2/64 dev va nodad preferred_lft 0
ip -n a -6 addr add 2001:db8:1::3/64 dev va nodad noprefixroute
ip -n a -6 addr add 2001:db8:2::1/64 dev va nodad valid_lft 100 preferred_lft 50
ip -n a -6 addr add 2001:db8:3::1/64 dev va home nodad
ip -n a -6 addr add 2001:db8:4::1/64 dev va mngtmpaddr nodad
ip -n a -6 addr add 2001:db8:5::1/64 dev va optimistic
ip -n a -6 addr add fd00::1/64 dev va nodad
ip -n a -6 addr show dev va | sed 's/valid_lft [0-9]*sec/valid_lft Nsec/;s/preferred_lft [0-9]*sec/preferred_lft Nsec/'
ip -n a -6 route show dev va
ip -n a -6 route get 2001:db8:1::99
ip -n a -6 route get 2001:db8:2::99
ip -n a -6 route get 2001:db8:9::1 2>&1
ip -n a -6 route add default dev va
ip -n a -6 route get 2001:db8:9::1
ip -n a -6 route get fd00:1::1
ip -n a -6 route get 2001:db8:4::9
ip -n a -6 addr change 2001:db8:1::1/64 dev va preferred_lft 0
ip -n a -6 route get 2001:db8:1::99
ip -n a -6 route get 2001:db8:9::1
ip -n a -6 addr show dev va deprecated
ip -n a -6 addr show dev va -deprecated | grep inet6
ip -n a -6 addr show dev va home
ip -n a -6 addr show dev va mngtmpaddr
ip -n a -6 addr show dev va permanent | grep -c inet6
ip -n a -6 addr show dev va dynamic | grep inet6
ip -n a -6 addr flush dev va deprecated
ip -n a -6 addr show dev va | grep inet6
ip -n a -6 addr flush dev va scope global
ip -n a -6 addr show dev va
ip -n a -6 route show dev va
