# ping across a veth pair between two namespaces.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 3 -i 0.2 10.0.0.2; echo "rc=$?"
ip netns exec b ping -c 2 -i 0.2 10.0.0.1; echo "rc=$?"
ip netns exec a ping -c 2 -i 0.2 -q 10.0.0.2; echo "rc=$?"
ip netns exec a ping -c 2 -i 0.2 -n 10.0.0.2; echo "rc=$?"
ip netns exec a ping -4 -c 1 10.0.0.2; echo "rc=$?"
