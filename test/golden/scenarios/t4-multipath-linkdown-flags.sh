# A multipath route's own linkdown flag (fib_flags): set when created with all nexthops down, not when they go down one by one, cleared when one revives
ip link add a1 type veth peer name b1
ip link add a2 type veth peer name b2
ip addr add 10.9.1.1/24 dev a1; ip addr add 10.9.2.1/24 dev a2
ip link set a1 up; ip link set a2 up
ip route add 10.10.0.0/16 nexthop via 10.9.1.2 nexthop via 10.9.2.2
ip route show 10.10.0.0/16
ip link set b1 up; ip link set b2 up
sleep 1.5
ip route show 10.10.0.0/16
ip link set b1 down
sleep 1.5
ip route show 10.10.0.0/16
ip link set a2 down
ip route show 10.10.0.0/16
ip link set a2 up
sleep 1.5
ip route show 10.10.0.0/16
ip link set b1 up
sleep 1.5
ip route show 10.10.0.0/16
