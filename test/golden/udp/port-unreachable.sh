# A datagram to a closed UDP port draws ICMP port unreachable (tcpdump shows both).
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b tcpdump -l -n -i vb -c 2 udp or icmp > /tmp/cap 2>/dev/null &
sleep 1
echo x | ip netns exec a nc -u -w1 10.0.0.2 9999; echo rc=$?
wait
cat /tmp/cap
