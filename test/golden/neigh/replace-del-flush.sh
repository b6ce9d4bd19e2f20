# replace / change / del / flush.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip neigh replace 10.0.0.2 lladdr 02:00:00:00:00:02 dev veth0
ip neigh replace 10.0.0.2 lladdr 02:00:00:00:00:22 dev veth0 nud permanent
echo "-- ip neigh"
ip neigh
ip neigh change 10.0.0.2 lladdr 02:00:00:00:00:23 dev veth0 nud reachable
echo "-- ip neigh"
ip neigh
ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev veth0 nud stale
ip neigh add 10.0.0.4 lladdr 02:00:00:00:00:04 dev veth0 nud stale
ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev veth0 nud permanent
ip neigh del 10.0.0.3 dev veth0
echo "-- ip neigh"
ip neigh
ip neigh flush dev veth0
echo "-- ip neigh"
ip neigh
ip neigh flush all
echo "-- ip neigh"
ip neigh
ip neigh flush nud permanent
echo "-- ip neigh"
ip neigh
ip neigh flush; echo "rc=$?"
