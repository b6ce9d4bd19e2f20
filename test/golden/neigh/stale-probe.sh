# NUD timers: with base_reachable_time_ms=1000 an entry is REACHABLE for 0.5-1.5 s,
# then STALE; the next packet puts it in DELAY, 5 s later PROBE (one unicast
# ARP request), REACHABLE again on the reply.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a sysctl -w net.ipv4.neigh.va.base_reachable_time_ms=1000
ip netns exec a cat /proc/sys/net/ipv4/neigh/va/base_reachable_time_ms
ip netns exec a ping -c 1 10.0.0.2 > /dev/null
echo "-- ip -n a neigh"
ip -n a neigh
sleep 2
echo "-- ip -n a neigh"
ip -n a neigh
ip netns exec a ping -c 1 10.0.0.2 > /dev/null
echo "-- ip -n a neigh"
ip -n a neigh
sleep 6
echo "-- ip -n a neigh"
ip -n a neigh
