# Expired IPv6 routes: shown with a negative expiry until the fib6 gc timer (net.ipv6.route.gc_interval, 30 s after the first expiring route) deletes them; it runs again while routes are left to expire.
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip -6 route add 2001:db8:1::/64 via 2001:db8::ff expires 2
ip -6 route add 2001:db8:2::/64 via 2001:db8::ff expires 45
sleep 4
ip -6 route show 2001:db8:1::/64
ip -6 route get 2001:db8:1::1; echo rc=$?
sleep 30
ip -6 route show 2001:db8:1::/64
ip -6 route show 2001:db8:2::/64 | sed -E 's/expires [0-9]+sec/expires Nsec/'
grep -c 20010db8000 /proc/net/ipv6_route
sleep 20
ip -6 route show 2001:db8:2::/64
sleep 20
ip -6 route show 2001:db8:2::/64
grep -c 20010db8000 /proc/net/ipv6_route
