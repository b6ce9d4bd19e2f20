# rp_filter: a spoofed/asymmetric source is dropped in strict mode, accepted in loose mode.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
ip -n a addr add 192.168.50.2/24 dev vb
ip route add 192.168.50.0/24 via 10.0.0.2
sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.va.rp_filter
ip -n a route add 10.0.0.1/32 dev vb
ip netns exec a ping -c 1 -W 1 -I 172.16.0.2 10.0.0.1; echo rc=$?
ip -n a addr add 172.16.0.2/32 dev vb
ip netns exec a ping -c 1 -W 1 -I 172.16.0.2 10.0.0.1 | tail -2 | head -1
sysctl -w net.ipv4.conf.va.rp_filter=1
sysctl -w net.ipv4.conf.all.rp_filter=1
ip netns exec a ping -c 1 -W 1 -I 172.16.0.2 10.0.0.1 | tail -2 | head -1
ip route add 172.16.0.0/24 dev va
ip netns exec a ping -c 1 -W 1 -I 172.16.0.2 10.0.0.1 | tail -2 | head -1
ip route del 172.16.0.0/24 dev va
ip route add 172.16.0.0/24 via 10.0.0.2 dev va
sysctl -w net.ipv4.conf.all.rp_filter=2
ip netns exec a ping -c 1 -W 1 -I 172.16.0.2 10.0.0.1 | tail -2 | head -1
ip route del 172.16.0.0/24
ip netns exec a ping -c 1 -W 1 -I 172.16.0.2 10.0.0.1 | tail -2 | head -1
