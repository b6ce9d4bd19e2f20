# Watching TTL decrement and Time Exceeded through two routers with tcpdump -c -nn -v
ip netns add a; ip netns add r1; ip netns add r2; ip netns add b
ip link add eth0 netns a type veth peer name e0 netns r1
ip link add e1 netns r1 type veth peer name e0 netns r2
ip link add e1 netns r2 type veth peer name eth0 netns b
ip -n a addr add 10.1.0.2/24 dev eth0; ip -n r1 addr add 10.1.0.1/24 dev e0
ip -n r1 addr add 10.2.0.1/24 dev e1; ip -n r2 addr add 10.2.0.2/24 dev e0
ip -n r2 addr add 10.3.0.1/24 dev e1; ip -n b addr add 10.3.0.2/24 dev eth0
for x in "a eth0" "r1 e0" "r1 e1" "r2 e0" "r2 e1" "b eth0"; do set -- $x; ip -n $1 link set $2 up; done
for r in r1 r2; do ip netns exec $r sysctl -qw net.ipv4.ip_forward=1; done
ip -n a route add default via 10.1.0.1
ip -n r1 route add 10.3.0.0/24 via 10.2.0.2
ip -n r2 route add 10.1.0.0/24 via 10.2.0.1
ip -n b route add default via 10.3.0.1
ip netns exec a ping -c1 10.3.0.2 >/dev/null
ip netns exec b timeout 5 tcpdump -c 2 -nn -v -i eth0 icmp 2>/dev/null | grep -o 'ttl [0-9]*' &
sleep 0.5
ip netns exec a ping -c1 -t 10 10.3.0.2 | grep -o 'ttl=[0-9]*'
wait
ip netns exec a ping -c1 -t 1 10.3.0.2 | sed -n 2p
ip netns exec a ping -c1 -t 2 10.3.0.2 | sed -n 2p
ip netns exec r1 nstat -az IcmpOutTimeExcds IpForwDatagrams | tail -n +2
