# Typical first-attempt mistakes when wiring a container: a namespace that does not exist, a name taken, wrong order
ip link add veth0 type veth peer name eth0 netns ghost; echo rc=$?
ip netns add c1
ip link add veth0 type veth peer name eth0 netns c1
ip link add veth0 type veth peer name eth1 netns c1; echo rc=$?
ip link add veth1 type veth peer name eth0 netns c1; echo rc=$?
ip link set veth0 netns c1; echo rc=$?
ip -n c1 addr add 10.0.0.2/24 dev eth0
ip -n c1 route add default via 10.0.0.1; echo rc=$?
ip -n c1 link set eth0 up
ip -n c1 route add default via 10.0.0.1; echo rc=$?
ip -n c1 route add default via 10.0.0.1; echo rc=$?
ip netns exec c1 ping -c 1 -W 1 10.0.0.1 2>&1 | grep -E 'received|Unreachable' | head -2
ip netns exec c1 ip link set eth0 name veth0; echo rc=$?
ip -n c1 link show | grep -c '^[0-9]'
ip netns add c1; echo rc=$?
ip netns del c2; echo rc=$?
ip netns exec c2 true; echo rc=$?
