# ip monitor nsid: RTM_NEWNSID for ip netns set (an id or auto), none for an id another namespace allocates, RTM_DELNSID when the peer namespace dies; names from the monitor's netns cache.
ip netns add a
ip netns add b
ip monitor nsid > /tmp/mon.txt 2>&1 &
M=$!
sleep 0.3
ip netns set a 5
ip netns set b auto
ip link add v0 type veth peer name v1 netns a
ip -n a link add w0 type veth peer name w1 netns b
ip netns del b
sleep 0.3
kill $M
cat /tmp/mon.txt
ip netns list-id
ip -n a netns list-id
