# Two namespaces over a veth pair: link-local and global pings resolve the
# peer with neighbour solicitations; ip -6 neigh shows the entries.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va address 02:00:00:00:00:0a
ip -n b link set vb address 02:00:00:00:00:0b
ip -n a link set va up
ip -n b link set vb up
ip -n a -6 addr add 2001:db8::1/64 dev va nodad
ip -n b -6 addr add 2001:db8::2/64 dev vb nodad
sleep 3
ip -n a -6 neigh
ip netns exec a ping -c 2 -i 0.2 2001:db8::2; echo "rc=$?"
ip -n a -6 neigh
ip -n b -6 neigh
ip netns exec a ping -c 1 fe80::ff:fe00:b%va; echo "rc=$?"
ip netns exec a ping -c 1 -I va fe80::ff:fe00:b; echo "rc=$?"
ip netns exec a ping -c 1 fe80::ff:fe00:b; echo "rc=$?"
ip -n a -6 neigh show dev va
ip netns exec a ping -c 1 -W 1 2001:db8::3; echo "rc=$?"
ip -n a -6 neigh
sleep 4
ip -n a -6 neigh
ip netns del a
ip netns del b
