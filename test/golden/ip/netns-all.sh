# ip netns: duplicates, -all netns exec, missing names, -n, nsids.
ip netns add a
ip netns add b
ip netns add a; echo rc=$?
ip netns list
ip -all netns exec ip link show lo
ip -all netns exec false; echo rc=$?
ip netns exec nosuch true; echo rc=$?
ip netns exec a; echo rc=$?
ip -n a link add v0 type veth peer name v1 netns b
ip -n a link
ip -n b -br link
ip -n nosuch link; echo rc=$?
ip netns set a 5
ip netns list-id
ip netns identify $$ ; echo rc=$?
ip -n a netns list-id
ip netns del nosuch; echo rc=$?
ip -all netns del
ip netns list
