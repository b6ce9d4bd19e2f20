# ECMP: two routers between a client and a server; hash policy 0 vs 1 with many UDP flows, IPv6 too
for n in c r1 r2 s; do ip netns add $n; ip -n $n link set lo up; done
ip link add e1 netns c type veth peer name eth0 netns r1
ip link add e2 netns c type veth peer name eth0 netns r2
ip link add eth1 netns r1 type veth peer name e1 netns s
ip link add eth1 netns r2 type veth peer name e2 netns s
ip -n c addr add 10.1.1.2/24 dev e1; ip -n r1 addr add 10.1.1.1/24 dev eth0
ip -n c addr add 10.1.2.2/24 dev e2; ip -n r2 addr add 10.1.2.1/24 dev eth0
ip -n s addr add 10.2.1.2/24 dev e1; ip -n r1 addr add 10.2.1.1/24 dev eth1
ip -n s addr add 10.2.2.2/24 dev e2; ip -n r2 addr add 10.2.2.1/24 dev eth1
ip -n s addr add 10.9.9.9/32 dev lo
for n in c s; do ip -n $n link set e1 up; ip -n $n link set e2 up; done
for n in r1 r2; do ip -n $n link set eth0 up; ip -n $n link set eth1 up; ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
ip -n r1 route add 10.9.9.9/32 via 10.2.1.2; ip -n r2 route add 10.9.9.9/32 via 10.2.2.2
ip -n r1 route add default via 10.1.1.2; ip -n r2 route add default via 10.1.2.2
ip -n s route add default via 10.2.1.1
ip -n c route add 10.9.9.9/32 nexthop via 10.1.1.1 weight 1 nexthop via 10.1.2.1 weight 1
ip -n c route show 10.9.9.9
ip netns exec c sysctl net.ipv4.fib_multipath_hash_policy
ip netns exec s sysctl -qw net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.e2.rp_filter=0 net.ipv4.conf.e1.rp_filter=0
ip netns exec c sysctl -w net.ipv4.fib_multipath_hash_policy=1
for p in 1001 1002 1003 1004 1005 1006 1007 1008; do ip -n c route get 10.9.9.9 ipproto udp sport $p dport 53 | head -1; done | sort | uniq -c | wc -l
ip netns exec c sysctl -w net.ipv4.fib_multipath_hash_policy=0
for p in 1001 1002 1003 1004; do ip -n c route get 10.9.9.9 ipproto udp sport $p dport 53 | head -1; done | sort | uniq -c | wc -l
ip -n c route get 10.9.9.9 oif e2
ip -n c link set e1 down
ip -n c route show 10.9.9.9
ip -n c route get 10.9.9.9
ip netns exec c ping -c 1 10.9.9.9 | sed -n 2p | sed 's/time=.*//'
ip -n c link set e1 up
ip -n c route show 10.9.9.9
ip -n c route replace 10.9.9.9/32 nexthop via 10.1.1.1 weight 3 nexthop via 10.1.2.1 weight 1
ip -n c route show 10.9.9.9
ip netns exec c nstat -az IpOutRequests >/dev/null
