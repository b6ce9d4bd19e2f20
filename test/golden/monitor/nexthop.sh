# ip monitor nexthop: objects added, replaced (announced once; the groups
# using it are not), deleted ("Deleted", then each group it left), a failed
# add (a blackhole needs lo up: nothing announced), `ip nexthop flush`, and
# nothing when a device going down takes its nexthops; label with routes.
ip link add d0 type veth peer name d1
ip link set d0 up; ip link set d1 up
ip addr add 10.0.0.1/24 dev d0
ip monitor nexthop > /tmp/m1 &
ip monitor label nexthop route > /tmp/m2 &
sleep 0.3
ip nexthop add id 1 via 10.0.0.2 dev d0
ip nexthop add id 2 via 10.0.0.3 dev d0
ip nexthop add id 3 blackhole
ip nexthop add id 10 group 1/2,3
ip nexthop replace id 2 via 10.0.0.4 dev d0
ip route add 10.9.0.0/16 nhid 10
ip nexthop del id 1
ip nexthop del id 10
ip nexthop add id 4 via 10.0.0.5 dev d0
ip nexthop add id 5 via 10.0.0.6 dev d0
ip nexthop add id 11 group 4/5
ip nexthop add id 12 group 2
ip nexthop flush id 4
ip link set d0 down
ip nexthop
sleep 0.3
kill %1 %2; wait
echo "--- nexthop"
cat /tmp/m1
echo "--- label nexthop route"
cat /tmp/m2
ip nexthop flush id 99; echo "status $?"
ip link set lo up
ip nexthop add id 3 blackhole
ip nexthop flush id 3; echo "status $?"
ip nexthop
