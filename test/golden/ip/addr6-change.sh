# ip -6 addr change/replace: lifetimes restart, flags replaced (nodad dropped), errors; ip -6 addr flush -s.
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip -6 addr add 2001:db8::2/64 dev v0 nodad valid_lft 100 preferred_lft 50
ip -6 addr show dev v0 | grep -A1 "2001:db8::2"
ip -6 addr change 2001:db8::2/64 dev v0 valid_lft 200 preferred_lft 150
ip -6 addr show dev v0 | grep -A1 "2001:db8::2"
ip -6 addr change 2001:db8::2/64 dev v0 valid_lft forever preferred_lft forever
ip -6 addr show dev v0 | grep -A1 "2001:db8::2"
ip -6 addr change 2001:db8::9/64 dev v0 valid_lft 10; echo rc=$?
ip -6 addr replace 2001:db8::9/64 dev v0 nodad valid_lft 10 preferred_lft 5
ip -6 addr show dev v0 | grep -A1 "2001:db8::9"
ip -6 addr add 2001:db8::3/64 dev v0 preferred_lft 10 valid_lft 5; echo rc=$?
ip -6 addr add 2001:db8::3/64 dev v0 valid_lft 0; echo rc=$?
ip -6 addr add 2001:db8::1/64 dev v0; echo rc=$?
ip -6 addr add 2001:db8::1/129 dev v0; echo rc=$?
ip -6 addr del 2001:db8::77/64 dev v0; echo rc=$?
ip -6 addr flush dev v0 scope global
ip -6 -s addr flush dev v0 scope global
ip -6 addr show dev v0 scope global
