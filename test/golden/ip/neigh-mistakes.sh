# ip neigh: add/replace/change errors, filters, -s, -j, -br, get, del, flush.
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev v0
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev v0; echo rc=$?
ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev v0 nud reachable
ip neigh add 10.0.0.4 dev v0 nud permanent; echo rc=$?
ip neigh add 10.0.0.5 lladdr zz:00 dev v0; echo rc=$?
ip neigh add 10.0.0.6 lladdr 02:00:00:00:00:06; echo rc=$?
ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev nosuch; echo rc=$?
ip neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev v0 nud bogus; echo rc=$?
ip neigh replace 10.0.0.2 lladdr 02:00:00:00:00:22 dev v0
ip neigh change 10.0.0.9 lladdr 02:00:00:00:00:09 dev v0; echo rc=$?
ip neigh show
ip neigh show dev v0 nud permanent
ip -s neigh show 10.0.0.2
ip -j neigh show 10.0.0.2
ip -br neigh show nud reachable; echo rc=$?
ip -br neigh show dev v0 nud permanent
ip neigh get 10.0.0.2 dev v0
ip neigh get 10.0.0.77 dev v0; echo rc=$?
ip neigh get 10.0.0.2; echo rc=$?
ip neigh del 10.0.0.99 dev v0; echo rc=$?
ip neigh del 10.0.0.2; echo rc=$?
ip -s neigh flush dev v0
ip neigh flush all; echo rc=$?
ip neigh flush; echo rc=$?
ip neigh
