# Two namespaces on a bridge in a third: neighbour discovery and echo
# across the bridge, to the bridge's own address, and the FDB it learned.
ip netns add h
ip netns add a
ip netns add b
ip -n h link add br0 type bridge
ip -n h link set br0 address 02:00:00:00:00:01
ip -n h link add pa type veth peer name va netns a
ip -n h link add pb type veth peer name vb netns b
ip -n a link set va address 02:00:00:00:00:0a
ip -n b link set vb address 02:00:00:00:00:0b
ip -n h link set pa master br0
ip -n h link set pb master br0
for x in "h br0" "h pa" "h pb" "a va" "b vb"; do set -- $x; ip -n $1 link set $2 up; done
ip -n h -6 addr add 2001:db8::1/64 dev br0 nodad
ip -n a -6 addr add 2001:db8::a/64 dev va nodad
ip -n b -6 addr add 2001:db8::b/64 dev vb nodad
ip netns exec a ping -c 2 -i 0.2 2001:db8::b; echo "rc=$?"
ip netns exec b ping -c 1 2001:db8::1; echo "rc=$?"
ip -n a -6 neigh | grep -v fe80
ip -n h -6 neigh | grep -v fe80
ip netns del a
ip netns del b
ip netns del h
