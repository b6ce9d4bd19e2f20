ip netns add a
ip link add va netns a type veth peer name vb
ip link set vb up
ip -n a link set va up; ip -n a link set lo up
ip -n a addr add 10.0.0.1/24 dev va
ip netns exec a sysctl -qw net.ipv4.neigh.default.gc_thresh1=2
ip netns exec a sysctl -qw net.ipv4.neigh.default.gc_thresh2=3
ip netns exec a sysctl -qw net.ipv4.neigh.default.gc_thresh3=4
for i in 11 12 13 14; do ip -n a neigh add 10.0.0.$i dev va lladdr 02:00:00:00:00:$i; done
ip -n a neigh add 10.0.0.15 dev va lladdr 02:00:00:00:00:15; echo rc=$?
ip -n a neigh show | sort
ip netns exec a ping -c1 -W1 10.0.0.20; echo rc=$?
ip -n a neigh show | sort
for i in 21 22 23; do ip -n a neigh add 10.0.0.$i dev va lladdr 02:00:00:00:00:$i nud stale; echo rc=$?; done
ip -n a neigh show | sort
ip -n a neigh flush dev va nud permanent
ip -n a neigh show | sort
ip -n a neigh flush to 10.0.0.0/29
ip -n a -s neigh flush all
ip -n a neigh show | sort
ip -n a neigh add 10.0.0.30 dev va lladdr 02:00:00:00:00:30 nud reachable
ip -n a neigh add 10.0.0.31 dev va lladdr 02:00:00:00:00:31 nud noarp
ip -n a neigh flush nud noarp
ip -n a neigh flush nud all; echo rc=$?
ip -n a neigh show
ip -n a neigh flush; echo rc=$?
ip -n a neigh flush dev nope; echo rc=$?
ip -n a neigh flush nud bogus; echo rc=$?
