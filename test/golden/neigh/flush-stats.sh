ip link add veth0 type veth peer name veth1
ip addr add 10.42.0.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ip neigh add 10.42.0.7 lladdr 02:00:00:00:00:07 dev veth0
ip neigh add 10.42.0.8 lladdr 02:00:00:00:00:08 dev veth0 nud reachable
ip neigh add 10.42.0.9 lladdr 02:00:00:00:00:09 dev veth0 nud stale
echo a; ip -s neigh flush all
echo b; ip neigh
ip neigh add 10.42.0.8 lladdr 02:00:00:00:00:08 dev veth0 nud reachable
echo c; ip -s -s neigh flush dev veth0
echo d; ip neigh flush to 10.42.0.0/24 nud permanent
ip neigh; echo e
ip -s neigh flush all
