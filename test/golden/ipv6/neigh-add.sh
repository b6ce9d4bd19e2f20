# ip -6 neigh add/replace/del: permanent and router entries in nd_tbl.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip -6 neigh add 2001:db8::5 lladdr 02:00:00:00:00:05 dev veth0
ip -6 neigh add 2001:db8::6 lladdr 02:00:00:00:00:06 dev veth0 nud reachable router
ip -6 neigh add 2001:db8::5 lladdr 02:00:00:00:00:07 dev veth0; echo "rc=$?"
ip -6 neigh replace 2001:db8::5 lladdr 02:00:00:00:00:07 dev veth0 nud stale
ip -6 neigh show
ip neigh add fe80::1 lladdr 02:00:00:00:00:08 dev veth0
ip neigh show dev veth0
ip -6 neigh del 2001:db8::6 dev veth0
ip -6 neigh del 2001:db8::6 dev veth0; echo "rc=$?"
ip -6 neigh show
