# Packet size, TTL, deadline, timeouts, quiet.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 1 -s 100 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 1 -s 0 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 1 -s 8 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 1 -s 1472 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 1 -t 5 10.0.0.2; echo "rc=$?"
ip netns exec a ping -w 1 -i 0.3 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 2 -i 0.2 -q 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 1 -I va 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 1 -I 10.0.0.1 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 2 -W 0.3 -i 0.2 10.0.0.9; echo "rc=$?"
ip netns exec a ping -w 1 10.0.0.9; echo "rc=$?"
