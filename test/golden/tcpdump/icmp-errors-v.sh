# ICMP errors under tcpdump -v: time exceeded, fragmentation needed with the MTU, port unreachable, host unreachable from an unreachable route, with the quoted datagrams
ip netns add a; ip netns add r; ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.0.1.2/24 dev va; ip -n r addr add 10.0.1.1/24 dev ra
ip -n b addr add 10.0.2.2/24 dev vb; ip -n r addr add 10.0.2.1/24 dev rb
ip -n a link set va up; ip -n r link set ra up; ip -n r link set rb up; ip -n b link set vb up
ip -n r link set rb mtu 1400; ip -n b link set vb mtu 1400
ip -n a route add default via 10.0.1.1
ip -n b route add default via 10.0.2.1
for n in a r b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1; done
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
sleep 0.5
ip netns exec a timeout 4 tcpdump -i va -n -l -v -t icmp > /tmp/c1 2>/dev/null &
sleep 0.5
ip netns exec a ping -c 1 -t 1 10.0.2.2 >/dev/null
ip netns exec a ping -c 1 -s 1450 -M do 10.0.2.2 >/dev/null
ip netns exec a ping -c 1 -s 1450 -M do 10.0.2.2
echo x | ip netns exec a nc -u -w1 10.0.2.2 3333
ip netns exec a nc -zv 10.0.2.2 80
ip -n r route add unreachable 10.0.3.0/24
ip netns exec a ping -c 1 10.0.3.1
wait
sed -E 's/id [0-9]+/id I/g; s/\.[0-9]{5} /.P /g; s/\.[0-9]{5}:/.P:/g' /tmp/c1
