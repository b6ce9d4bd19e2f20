# ifconfig IF [inet6] add|del ADDR[/LEN] (LEN 128 by default): SIOCSIFADDR /
# SIOCDIFADDR on an AF_INET6 socket; the device stays down. On a down device
# an IPv6 address gets no prefix route until the device comes up
# (fib6_nh_init refuses, addrconf_permanent_addr adds it at NETDEV_UP).
ip link add v0 type veth peer name v1
ifconfig v0 inet6 add 2001:db8::5/64; echo rc=$?
ifconfig v0 add 2001:db8::6; echo rc=$?
ifconfig v0 inet6 add 2001:db8::5/64; echo rc=$?
ifconfig v0 inet6 add 2001:db8::7/129; echo rc=$?
ifconfig v0 inet6 add zz::1/64; echo rc=$?
ifconfig v0 inet6 add; echo rc=$?
ifconfig v0 | grep -c inet6
ip -6 addr show dev v0
ip -6 route show table all
ifconfig v0 inet6 del 2001:db8::5/64; echo rc=$?
ifconfig v0 del 2001:db8::6/128; echo rc=$?
ifconfig v0 inet6 del 2001:db8::9/64; echo rc=$?
ip -6 addr show dev v0
ifconfig nope inet6 add 2001:db8::1/64; echo rc=$?
ifconfig v0 inet 10.0.0.1; echo rc=$?
ifconfig v0 | head -2
ip -6 addr add 2001:db8:3::1/64 dev v1
ip -6 addr add 2001:db8:4::1/64 dev v1 noprefixroute
ip -6 route show dev v1
ip link set v1 up
ip -6 route show dev v1
ifconfig v1 | grep -c inet6
