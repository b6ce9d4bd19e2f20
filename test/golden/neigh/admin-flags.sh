# ip neigh add/replace/change: router and extern_learn set or cleared by every admin update, a longer lladdr cut to
# the device's length, a shorter one refused; error paths.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n a link set va up
ip -n a neigh add 10.0.0.15 lladdr 02:00:00:00:00:15 dev va router extern_learn
ip -n a neigh
ip -n a neigh replace 10.0.0.15 lladdr 02:00:00:00:00:15 dev va
ip -n a neigh
ip -n a neigh replace 10.0.0.15 lladdr 02:00:00:00:00:15 dev va router
ip -n a neigh
ip -n a neigh change 10.0.0.15 lladdr 02:00:00:00:00:16 dev va extern_learn
ip -n a neigh
ip -n a neigh add 10.0.0.15 lladdr 02:00:00:00:00:16 dev va extern_learn; echo rc=$?
ip -n a neigh add 10.0.0.17 lladdr 02:00:00:00 dev va; echo rc=$?
ip -n a neigh add 10.0.0.17 lladdr 02:00:00:00:00:01:02:03:04 dev va; echo rc=$?
ip -n a -6 neigh add fe80::1 lladdr 02:00:00:00:00:15 dev va router extern_learn
ip -n a -6 neigh replace fe80::1 lladdr 02:00:00:00:00:15 dev va
ip -n a -6 neigh show dev va
ip -n a neigh show extern_learn; echo rc=$?
ip -n a -j neigh show 10.0.0.15
ip -n a neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev va; echo rc=$?
ip -n a neigh add 10.0.0.5 lladdr 02:00:00:00:00:06 dev va; echo rc=$?
ip -n a neigh change 10.0.0.6 lladdr 02:00:00:00:00:06 dev va; echo rc=$?
ip -n a neigh replace 10.0.0.6 lladdr 02:00:00:00:00:06 dev va nud reachable; echo rc=$?
ip -n a neigh change 10.0.0.5 lladdr 02:00:00:00:00:07 dev va nud stale; echo rc=$?
ip -n a neigh show
ip -n a neigh del 10.0.0.9 dev va; echo rc=$?
ip -n a neigh del 10.0.0.5; echo rc=$?
ip -n a neigh add 10.0.0.7 dev va; echo rc=$?
ip -n a neigh add 10.0.0.8 lladdr 02:00:00:00:00:08; echo rc=$?
ip -n a neigh add 10.0.0.8 lladdr zz:00 dev va; echo rc=$?
ip -n a neigh add 10.0.0.8 lladdr 02:00:00:00:00:08:09 dev va; echo rc=$?
ip -n a neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev va nud bogus; echo rc=$?
ip -n a neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev nodev; echo rc=$?
ip -n a neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev lo; echo rc=$?
ip -n a neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev va nud noarp; echo rc=$?
ip -n a neigh add 10.0.0.10 lladdr 02:00:00:00:00:10 dev va nud none; echo rc=$?
ip -n a neigh add 10.0.0.11 dev va nud failed; echo rc=$?
ip -n a neigh add 10.0.0.12 lladdr 02:00:00:00:00:12 dev va nud delay; echo rc=$?
ip -n a neigh add 10.0.0.13 lladdr 02:00:00:00:00:13 dev va nud probe; echo rc=$?
ip -n a neigh add 10.0.0.14 lladdr 02:00:00:00:00:14 dev va nud incomplete; echo rc=$?
ip -n a neigh add 224.0.0.5 lladdr 02:00:00:00:00:14 dev va; echo rc=$?
ip -n a neigh add 2001:db8::1 lladdr 02:00:00:00:00:14 dev va; echo rc=$?
ip -n a -4 neigh add 2001:db8::1 lladdr 02:00:00:00:00:14 dev va; echo rc=$?
ip -n a neigh add 10.0.0.15 lladdr 02:00:00:00:00:15 dev va router; echo rc=$?
ip -n a neigh add 10.0.0.16 lladdr 02:00:00:00:00:16 dev va extern_learn; echo rc=$?
ip -n a neigh show
ip -n a neigh show nud all | sort
ip -n a -s neigh show 10.0.0.16
ip -n a neigh get 10.0.0.16 dev va; echo rc=$?
ip -n a neigh get 10.0.0.99 dev va; echo rc=$?
ip -n a neigh get 10.0.0.16; echo rc=$?
ip -n a neigh flush dev va nud permanent; echo rc=$?
ip -n a neigh show
ip -n a neigh del 10.0.0.6 dev va
ip -n a neigh del 10.0.0.6 dev va; echo rc=$?
ip -n a neigh
