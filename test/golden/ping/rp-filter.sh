# Reverse-path filtering on a router: h1's requests from 10.0.9.9 reach r on
# ra, but r routes 10.0.9.0/24 out of rb; h2 answers h1 directly over a second
# link. Strict mode (1) drops the requests at r, loose mode (2) and off (0) pass them.
ip netns add h1
ip netns add r
ip netns add h2
ip link add a1 netns h1 type veth peer name ra netns r
ip link add a2 netns h2 type veth peer name rb netns r
ip link add b1 netns h1 type veth peer name b2 netns h2
ip -n h1 addr add 10.0.1.2/24 dev a1
ip -n h1 addr add 10.0.9.9/32 dev b1
ip -n h1 addr add 10.0.3.1/24 dev b1
ip -n h2 addr add 10.0.3.2/24 dev b2
ip -n r addr add 10.0.1.1/24 dev ra
ip -n r addr add 10.0.2.1/24 dev rb
ip -n h2 addr add 10.0.2.2/24 dev a2
for l in "h1 a1" "h1 b1" "h2 a2" "h2 b2" "r ra" "r rb"; do set -- $l; ip -n $1 link set $2 up; done
ip -n h1 route add 10.0.2.0/24 via 10.0.1.1
ip -n h2 route add 10.0.9.9/32 via 10.0.3.1
ip -n r route add 10.0.9.0/24 via 10.0.2.2
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec r cat /proc/sys/net/ipv4/conf/all/rp_filter /proc/sys/net/ipv4/conf/ra/rp_filter
ip netns exec h1 ping -c 1 -W 1 -I 10.0.9.9 10.0.2.2; echo "rc=$?"
ip netns exec r sysctl -w net.ipv4.conf.ra.rp_filter=1
ip netns exec h1 ping -c 1 -W 1 -I 10.0.9.9 10.0.2.2; echo "rc=$?"
ip netns exec h1 ping -c 1 -W 1 -I 10.0.1.2 10.0.2.2; echo "rc=$?"
ip netns exec r sysctl -w net.ipv4.conf.ra.rp_filter=2
ip netns exec h1 ping -c 1 -W 1 -I 10.0.9.9 10.0.2.2; echo "rc=$?"
ip netns exec r sysctl -w net.ipv4.conf.ra.rp_filter=0 net.ipv4.conf.all.rp_filter=1
ip netns exec h1 ping -c 1 -W 1 -I 10.0.9.9 10.0.2.2; echo "rc=$?"
