# Neighbour discovery and MLD are never tracked: conntrack lists no IPv6 flow
# while -m state --state NEW,UNTRACKED counts them (as UNTRACKED).
ip netns add b
ip link add va type veth peer name vb netns b
ip6tables -A OUTPUT -m state --state NEW,UNTRACKED
ip link set va up
ip -n b link set vb up
sleep 2
conntrack -L -f ipv6; echo rc=$?
conntrack -L; echo rc=$?
ip6tables -L OUTPUT -v -n | sed 1,2d | awk '{print ($1 > 0)}'
