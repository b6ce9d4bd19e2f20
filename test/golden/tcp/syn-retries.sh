# A SYN into the void is retransmitted (linear first, then doubling) until tcp_syn_retries gives up: ETIMEDOUT.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip -n a neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev va
ip netns exec a sysctl -w net.ipv4.tcp_syn_retries=1
ip netns exec a tcpdump -l -n -i va -c 3 tcp > /tmp/cap 2>/dev/null &
sleep 1
ip netns exec a nc -v 10.0.0.9 80; echo rc=$?
wait
cat /tmp/cap
