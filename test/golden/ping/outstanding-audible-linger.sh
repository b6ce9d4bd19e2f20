# -O 'no answer yet', -a's bell, -W/-i argument checks (ping_strtod: empty, inf, nan, overflow, hex; -W 0 disarms the exit timer)
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a ping -c 3 -i 0.2 -O 10.0.0.3; echo rc=$?
ip netns exec a ping -c 5 -i 1 -O 10.0.0.3; echo rc=$?
ip netns exec a ping -c 2 -a -i 0.2 10.0.0.2 | cat -v; echo rc=$?
ip netns exec a ping -c 1 -W -1 10.0.0.2; echo rc=$?
ip netns exec a ping -c 1 -W 0 10.0.0.2; echo rc=$?
ip netns exec a ping -c 1 -W abc 10.0.0.2; echo rc=$?
ip netns exec a ping -c 1 -W 0.5 10.0.0.2; echo rc=$?
ip netns exec a ping -c 1 -W 2147484 10.0.0.2; echo rc=$?
ip netns exec a ping -c 1 -W '' 10.0.0.2; echo rc=$?
ip netns exec a ping -c 1 -W inf 10.0.0.2; echo rc=$?
ip netns exec a ping -c 1 -W nan 10.0.0.2; echo rc=$?
ip netns exec a ping -c 1 -W 1e999 10.0.0.2; echo rc=$?
ip netns exec a ping -c 1 -W 0x1 10.0.0.2; echo rc=$?
ip netns exec a ping -c 1 -i '' 10.0.0.2; echo rc=$?
ip netns exec a ping -c 1 -i 1,5 10.0.0.2; echo rc=$?
ip netns exec a ping -c 2 -i 0.2 -O 10.0.0.2; echo rc=$?
ip netns exec a ping -c 2 -i 0.2 -a -q 10.0.0.2 | od -c | grep -c '\\a'
