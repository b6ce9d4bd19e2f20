# IPv6 multipath routes (fib6 siblings): add with nexthops and weights, listings
# (text, -d, -j, /proc/net/ipv6_route), append/prepend joining a group, duplicate
# nexthops, replace and delete of one sibling or the group, link-down/dead
# nexthops and a deleted device.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip link add veth4 type veth peer name veth5
for d in veth0 veth1 veth2 veth3 veth4 veth5; do ip link set $d up; done
ip -6 addr add 2001:db8:1::1/64 dev veth0 nodad
ip -6 addr add 2001:db8:2::1/64 dev veth2 nodad
ip -6 addr add 2001:db8:3::1/64 dev veth4 nodad
ip -6 route add 2001:db8:9::/64 nexthop via 2001:db8:1::2 dev veth0 nexthop via 2001:db8:2::2 dev veth2
ip -6 route show
ip -6 route show 2001:db8:9::/64
ip -6 -d route show 2001:db8:9::/64
ip -6 -j route show 2001:db8:9::/64
echo; ip -6 route add 2001:db8:a::/64 nexthop via 2001:db8:1::2 weight 2 nexthop via 2001:db8:2::2 weight 3 nexthop via 2001:db8:3::2
ip -6 route show 2001:db8:a::/64
ip -6 route append 2001:db8:a::/64 via 2001:db8:3::3
ip -6 route show 2001:db8:a::/64
ip -6 route append 2001:db8:a::/64 via 2001:db8:3::4 metric 5
ip -6 route show 2001:db8:a::/64
ip -6 route add 2001:db8:a::/64 via 2001:db8:3::5
echo $?
ip -6 route add 2001:db8:b::/64 via 2001:db8:1::2
ip -6 route append 2001:db8:b::/64 via 2001:db8:2::2
ip -6 route append 2001:db8:b::/64 via 2001:db8:2::2
ip -6 route show 2001:db8:b::/64
ip -6 route prepend 2001:db8:b::/64 via 2001:db8:3::2
ip -6 route show 2001:db8:b::/64
ip -6 route del 2001:db8:b::/64 via 2001:db8:2::2
ip -6 route show 2001:db8:b::/64
ip -6 route del 2001:db8:b::/64
ip -6 route show 2001:db8:b::/64
ip -6 route replace 2001:db8:9::/64 nexthop via 2001:db8:3::2 dev veth4 nexthop via 2001:db8:1::3
ip -6 route show 2001:db8:9::/64
ip -6 route replace 2001:db8:9::/64 via 2001:db8:2::7
ip -6 route show 2001:db8:9::/64
ip -6 route del 2001:db8:a::/64 nexthop via 2001:db8:2::2 
ip -6 route show 2001:db8:a::/64
cat /proc/net/ipv6_route | grep 20010db8000a | cut -c1-110
ip link set veth2 down
ip -6 route show 2001:db8:a::/64
ip link set veth2 up
ip -6 route show 2001:db8:a::/64
ip link set veth5 down
ip -6 route show 2001:db8:a::/64
ip link del veth0
ip -6 route show
