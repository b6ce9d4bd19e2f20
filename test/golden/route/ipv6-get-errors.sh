# ip -6 route get: the lookup decides (no route: ENETUNREACH, a reject
# route its own error) before any source address is picked; a route with no
# usable source is shown without "src".
ip -6 route get 2001:db8::9; echo rc=$?
ip link add v0 type veth peer name v1
ip -6 addr add 2001:db8::5/64 dev v0
ip -6 route get 2001:db8::9; echo rc=$?
ip link set v0 up
ip -6 route get 2001:db8::9; echo rc=$?
ip -6 route add 2001:db8:7::/64 dev v0
ip -6 route get 2001:db8:7::1; echo rc=$?
ip -6 route add unreachable 2001:db8:8::/64
ip -6 route get 2001:db8:8::1; echo rc=$?
ip -6 route add prohibit 2001:db8:9::/64
ip -6 route get 2001:db8:9::1; echo rc=$?
ip -6 route get ::1; echo rc=$?
ip link set lo up
ip -6 route get ::1; echo rc=$?
ping -6 -c1 2001:db8:9::1; echo rc=$?
ping -6 -c1 3000::1; echo rc=$?
