# ip -6 neigh: permanent/stale/reachable/noarp entries, the router flag, proxy
# entries, nud filters, change/replace, delete, flush; the IPv6 family's
# prefix error.
ip link add veth0 type veth peer name veth1
for d in lo veth0 veth1; do ip link set $d up; done
ip -6 addr add 2001:db8:1::1/64 dev veth0 nodad
ip -6 neigh add 2001:db8:1::5 lladdr 02:00:00:00:00:05 dev veth0
ip -6 neigh add 2001:db8:1::6 lladdr 02:00:00:00:00:06 dev veth0 nud stale
ip -6 neigh add 2001:db8:1::7 lladdr 02:00:00:00:00:07 dev veth0 nud reachable router
ip -6 neigh add 2001:db8:1::8 dev veth0 nud noarp
ip -6 neigh add proxy 2001:db8:1::99 dev veth0
ip -6 neigh show
ip -6 neigh show proxy
ip -6 neigh show nud permanent
ip -6 neigh show router
ip -6 neigh change 2001:db8:1::6 lladdr 02:00:00:00:00:66 dev veth0
ip -6 neigh replace 2001:db8:1::9 lladdr 02:00:00:00:00:09 dev veth0
ip -6 neigh show dev veth0
ip -6 neigh del 2001:db8:1::5 dev veth0
ip -6 neigh del proxy 2001:db8:1::99 dev veth0
ip -6 neigh flush dev veth0
ip -6 neigh show
