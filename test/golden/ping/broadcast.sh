# ping -b to the subnet broadcast; without -b it refuses.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 1 10.0.0.255; echo "rc=$?"
ip netns exec b sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=0
ip netns exec a ping -b -c 2 -i 0.3 10.0.0.255; echo "rc=$?"
