# A SYN to a port nobody listens on is answered with RST,ACK; connect() gets ECONNREFUSED.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b tcpdump -l -n -i vb -c 2 tcp > /tmp/cap 2>/dev/null &
sleep 1
ip netns exec a nc -v 10.0.0.2 81; echo rc=$?
wait
cat /tmp/cap
