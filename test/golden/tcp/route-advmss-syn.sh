# route advmss initcwnd mtu lock
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip -n a route add 10.0.1.0/24 dev va advmss 1000 initcwnd 20
ip -n a route change 10.0.0.0/24 dev va advmss 1200 proto kernel scope link src 10.0.0.1
ip -n a route
ip netns exec b nc -l 7010 >/dev/null &
sleep 0.3
ip netns exec a timeout 3 tcpdump -nni va -c 2 tcp 2>/dev/null &
sleep 0.5
echo x | ip netns exec a nc -N 10.0.0.2 7010
wait
