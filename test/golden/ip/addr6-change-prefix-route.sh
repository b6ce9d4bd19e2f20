# ip -6 addr change: the prefix route's expiry follows (re-added or refreshed; forever clears it); the kernel's clock moves between commands, so 99-199 seconds are masked.
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip -6 addr add 2001:db8::2/64 dev v0 nodad valid_lft 100 preferred_lft 50
ip -6 route show dev v0 | sed -E "s/expires (1?[0-9]{2})sec/expires ~sec/"
ip -6 addr change 2001:db8::2/64 dev v0 valid_lft 200 preferred_lft 150
ip -6 route show dev v0 | sed -E "s/expires (1?[0-9]{2})sec/expires ~sec/"
ip -6 addr change 2001:db8::2/64 dev v0 valid_lft forever preferred_lft forever
ip -6 route show dev v0 | sed -E "s/expires (1?[0-9]{2})sec/expires ~sec/"
ip -6 addr change 2001:db8::2/64 dev v0
ip -6 route show dev v0 | sed -E "s/expires (1?[0-9]{2})sec/expires ~sec/"
ip -6 addr show dev v0
ip -6 addr change 2001:db8::2/64 dev v0 preferred_lft 0 valid_lft 50
ip -6 addr show dev v0 scope global
