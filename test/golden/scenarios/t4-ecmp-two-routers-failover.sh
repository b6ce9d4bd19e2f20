# Two routers and a multipath default route; take one link down and watch the route and reachability change
ip netns add r1; ip netns add r2; ip netns add far
ip link add u1 type veth peer name eth0 netns r1
ip link add u2 type veth peer name eth0 netns r2
ip addr add 10.1.1.2/24 dev u1; ip addr add 10.1.2.2/24 dev u2
ip link set u1 up; ip link set u2 up
for r in 1 2; do
  ip -n r$r addr add 10.1.$r.1/24 dev eth0; ip -n r$r link set eth0 up; ip -n r$r link set lo up
  ip -n r$r addr add 9.9.9.9/32 dev lo
done
ip route add default nexthop via 10.1.1.1 weight 1 nexthop via 10.1.2.1 weight 3
ip route show default
ping -c 1 -W 1 9.9.9.9 | grep -o '1 received'
ip link set u1 down
ip route show default
ip route get 9.9.9.9 | head -1 | sed 's/ *$//'
ping -c 1 -W 1 9.9.9.9 | grep -o '1 received'
ip link set u1 up
ip route show default
echo "--- both peers down"
ip -n r1 link set eth0 down; ip -n r2 link set eth0 down
sleep 1.5   # carrier changes reach the FIB through linkwatch, at most one batch a second
ip route show default
ip -n r2 link set eth0 up
sleep 1.5
ip route show default
ip -n r1 link set eth0 up
sysctl -n net.ipv4.fib_multipath_hash_policy
ip route replace default via 10.1.2.1 metric 50
ip route add default via 10.1.1.1 metric 100
ip route show default
ip route del default; ip route show default
ip route del default; ip route del default; echo rc=$?
