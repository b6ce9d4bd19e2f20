# A veth whose ends have the same ifindex in their namespaces (iflink ==
# ifindex, the first veth between two fresh namespaces) is not an urgent
# linkwatch event: dumps right after `up` show it carrier-less and DOWN (not
# LOWERLAYERDOWN: its iflink names no other device here) until the
# once-a-second budget lets its event run; IPv6 link-local addresses wait too.
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip link set v0 up
ip -n a link set v1 up
ip -n a -br link
ip -br link
ip -n a -6 -br addr
sleep 1.2
ip -n a -br link
ip -n a -6 -br addr | cut -c1-20
ip -n a link set v1 down
ip -br link
ip -n a link set v1 up
ip -br link
ip -n a -br link
sleep 1.2
echo second
ip link add v2 type veth peer name v3 netns a
ip link set v2 up
ip -n a link set v3 up
ip -n a -br link
ip -br link
ip -n a link show v3 | head -1
ip -n a -br link
