# route mtu / mtu lock / initrwnd / advmss on both ends, as the SYN and SYN-ACK show them
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip -n a route add 10.0.1.0/24 dev va
ip -n b addr add 10.0.1.2/24 dev vb
ip -n a route change 10.0.0.0/24 dev va mtu 1400 proto kernel scope link src 10.0.0.1
ip -n b route change 10.0.0.0/24 dev vb advmss 900 initrwnd 10 proto kernel scope link src 10.0.0.2
ip -n a route change 10.0.1.0/24 dev va mtu lock 1300 initrwnd 4
ip -n a route; ip -n b route
ip netns exec b nc -lk 7030 >/dev/null &
sleep 0.3
ip netns exec a timeout 4 tcpdump -vnni va -c 4 'tcp[13] & 2 != 0' 2>/dev/null | sed -E 's/id [0-9]+/id I/; s/cksum 0x[0-9a-f]+/cksum C/' &
sleep 0.5
echo x | ip netns exec a nc -N 10.0.0.2 7030
echo y | ip netns exec a nc -N 10.0.1.2 7030
wait %2
kill %1; wait
