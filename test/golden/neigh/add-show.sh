# Static neighbour entries: permanent, noarp, reachable, stale; show filters.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev veth0
ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev veth0 nud permanent
ip neigh add 10.0.0.4 lladdr 02:00:00:00:00:04 dev veth0 nud noarp
ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev veth0 nud reachable
ip neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev veth0 nud stale
ip neigh add 10.0.0.7 dev veth0 nud noarp; echo "rc=$?"
ip neigh add 192.168.9.9 lladdr 02:00:00:00:00:09 dev veth0
echo "-- ip neigh show dev veth0 10.0.0.2"
ip neigh show dev veth0 10.0.0.2
echo "-- ip neigh show 10.0.0.3"
ip neigh show 10.0.0.3
echo "-- ip neigh show nud permanent"
ip neigh show nud permanent
echo "-- ip -4 neigh show nud noarp"
ip -4 neigh show nud noarp
echo "-- ip neigh show nud stale"
ip neigh show nud stale
echo "-- ip neigh show nud reachable"
ip neigh show nud reachable
echo "-- ip neigh show to 10.0.0.0/24"
ip neigh show to 10.0.0.0/24
echo "-- ip -4 neigh show dev veth1"
ip -4 neigh show dev veth1
echo "-- ip -4 neigh"
ip -4 neigh
echo "-- ip neigh show permanent"
ip neigh show permanent
echo "-- ip -j neigh show 10.0.0.2"
ip -j neigh show 10.0.0.2
