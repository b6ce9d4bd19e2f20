# ip nexthop mistakes: duplicate ids, unreachable gateways, bad groups and weights, nested groups, blackhole members, routes through missing ids; delete and flush.
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip nexthop add id 1 via 10.0.0.2 dev v0
ip nexthop add id 1 via 10.0.0.3 dev v0; echo rc=$?
ip nexthop add id 2 via 10.1.0.2 dev v0; echo rc=$?
ip nexthop add id 3 via 10.0.0.3; echo rc=$?
ip nexthop add id 4 dev nosuch; echo rc=$?
ip nexthop add id 5 group 1/99; echo rc=$?
ip nexthop add id 6 group 1,300; echo rc=$?
ip nexthop add id 7 via 10.0.0.4 dev v0
ip nexthop add id 10 group 1/7
ip nexthop add id 11 group 10; echo rc=$?
ip nexthop add id 12 blackhole
ip nexthop add id 13 group 1/12; echo rc=$?
ip nexthop
ip nexthop show id 10
ip nexthop get id 99; echo rc=$?
ip route add 10.9.0.0/16 nhid 10
ip route add 10.8.0.0/16 nhid 99; echo rc=$?
ip route add 10.7.0.0/16 nhid 1 via 10.0.0.9; echo rc=$?
ip route
ip nexthop del id 1
ip nexthop show id 10
ip route
ip nexthop del id 99; echo rc=$?
ip nexthop flush
ip nexthop flush
ip route
