ip netns add a
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.2.0.1/24 dev veth0
ip -n a addr add 10.2.0.2/24 dev veth1
ip link set veth0 up
ip -n a link set veth1 up
ping -c 1 -W 1 10.2.0.2 >/dev/null; echo rc=$?
ip neigh show dev veth0
ip -n a neigh
sleep 50
ip neigh show dev veth0
ip -n a neigh show
ip neigh show nud stale
ip neigh show nud reachable
ip -s neigh show dev veth0 | sed "s|used [0-9/]*|used X|"
ping -c 1 -W 1 10.2.0.2 >/dev/null
ip neigh show 10.2.0.2
