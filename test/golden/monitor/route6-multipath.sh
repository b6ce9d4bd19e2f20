# ip -6 monitor route with multipath routes (fib6 siblings): a multipath add
# is one notification carrying the group; append joins it (the new sibling's
# notification shows the group); deleting one nexthop (with a gateway) or the
# whole group (without); replace; a device going down.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
for d in veth0 veth1 veth2 veth3; do ip link set $d up; done
ip -6 addr add 2001:db8:1::1/64 dev veth0 nodad
ip -6 addr add 2001:db8:2::1/64 dev veth2 nodad
sleep 0.3
ip -6 monitor route > /tmp/m1 &
sleep 0.3
ip -6 route add 2001:db8:9::/64 nexthop via 2001:db8:1::2 dev veth0 nexthop via 2001:db8:2::2 dev veth2
ip -6 route append 2001:db8:9::/64 via 2001:db8:2::3 dev veth2
ip -6 route del 2001:db8:9::/64 via 2001:db8:2::3
ip -6 route del 2001:db8:9::/64
ip -6 route add 2001:db8:a::/64 nexthop via 2001:db8:1::2 nexthop via 2001:db8:2::2
ip -6 route replace 2001:db8:a::/64 via 2001:db8:1::5
ip -6 route add 2001:db8:b::/64 nexthop via 2001:db8:1::2 nexthop via 2001:db8:2::2
ip link del veth2
sleep 0.3
kill %1; wait
cat /tmp/m1
echo ---
ip -6 route show
