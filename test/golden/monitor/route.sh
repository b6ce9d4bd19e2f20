# ip monitor route: the kernel's own routes for an IPv4 address (local,
# prefix, broadcast; deleted again with it), routes added, replaced and
# deleted in main and other tables (shown "table N"), a flush, IPv6 routes
# (ff00::/8 and fe80::/64 when the link comes up, a route added and deleted,
# all of them deleted when the device goes down; "linkdown" only for routes
# whose carrier loss was handled), -4/-6 and dev filters. DAD never ends
# before the devices go down (no local fe80:: routes).
ip link add d0 type veth peer name d1
ip monitor route > /tmp/m1 &
ip -4 monitor route > /tmp/m2 &
ip -6 monitor route dev d0 > /tmp/m3 &
sleep 0.3
ip link set d0 up
ip link set d1 up
sleep 0.2
ip addr add 10.0.0.1/24 dev d0
ip addr add 10.0.0.9/24 dev d0
ip route add 10.9.0.0/16 via 10.0.0.2
ip route replace 10.9.0.0/16 via 10.0.0.3
ip route add 10.8.0.0/16 dev d0 table 100
ip route add blackhole 10.7.0.0/16 table 100 metric 5
ip route flush table 100
ip route del 10.9.0.0/16
ip -6 route add 2001:db8:1::/64 dev d0 metric 10
ip -6 route add 2001:db8:2::/64 via fe80::1 dev d0
ip -6 route del 2001:db8:1::/64 dev d0 metric 10
ip addr del 10.0.0.1/24 dev d0
ip link set d1 down
sleep 0.3
ip link set d0 down
sleep 0.3
kill %1 %2 %3; wait
echo "--- route"
cat /tmp/m1
echo "--- -4"
cat /tmp/m2
echo "--- -6 dev d0"
cat /tmp/m3
