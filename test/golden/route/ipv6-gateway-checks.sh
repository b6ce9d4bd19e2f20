# ip6_validate_gw(): a gateway of ours, a multicast one, a link-local one without
# a device, lo as egress, an unreachable one; bridge into bridge (ELOOP).
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip -6 route add 2001:db8:5::/64 via 2001:db8::1; echo rc=$?
ip -6 route add 2001:db8:5::/64 via 2001:db8::1 dev v0; echo rc=$?
ip -6 route add 2001:db8:6::/64 via ff02::1 dev v0; echo rc=$?
ip -6 route add 2001:db8:7::/64 via fe80::1 dev lo; echo rc=$?
ip -6 route add 2001:db8:8::/64 via 2001:db8:99::1; echo rc=$?
ip -6 route add 2001:db8:9::/64 via fe80::1; echo rc=$?
ip -6 route add 2001:db8:9::/64 via fe80::1 dev v0; echo rc=$?
ip -6 route add default via fe80::1 dev v0 metric 10; echo rc=$?
ip -6 route
ip link set br0 master br0 2>&1; echo rc=$?
ip link add br0 type bridge
ip link set br0 master br0; echo rc=$?
ip link set lo master br0; echo rc=$?
ip -6 route add 2001:db8:a::/64 via 2001:db8::2 dev v1; echo rc=$?
ip -6 route add 2001:db8:a::/64 via 2001:db8::2 dev v0; echo rc=$?
ip -6 route add 2001:db8:b::/64 via 2001:db8::2; echo rc=$?
ip -6 route add 2001:db8:c::/64 via :: dev v0; echo rc=$?
ip -6 route show 2001:db8:a::/64
