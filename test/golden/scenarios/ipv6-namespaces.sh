# IPv6 between namespaces: link-local, global, ping -6 with and without interface
ip netns add a; ip netns add b
ip link add e0 netns a type veth peer name e0 netns b
ip -n a link set e0 up; ip -n b link set e0 up
ip -n a addr add fd00:1::1/64 dev e0 nodad; ip -n b addr add fd00:1::2/64 dev e0 nodad
ip -n a -6 addr show dev e0 | grep -c inet6
ip netns exec a ping -6 -c 1 fd00:1::2 | sed -n 2p | sed 's/time=.*//'
ip netns exec a ping -c 1 fd00:1::2 | head -1
ip -n a -6 route show dev e0 | grep -v fe80
ip netns exec a ping -c 1 -W 1 fd00:2::2; echo "rc=$?"
ip -n a -6 route add default via fd00:1::2
ip netns exec a ping -c 1 -W 1 fd00:2::2; echo "rc=$?"
ip -n a -6 neigh show | sed -E 's/lladdr [0-9a-f:]+/lladdr X/' | sort
ip -n a -6 route get fd00:1::2
ip netns exec a ss -6 -uan | head -2
