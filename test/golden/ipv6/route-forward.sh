# A router namespace between two hosts: default routes via a gateway,
# ip -6 route add/del/show/get, forwarding off (silently dropped) and on
# (hop limit decremented), hop limit exceeded, address unreachable after
# failed neighbour discovery, no route at the router, and ip6tables FORWARD.
ip netns add a
ip netns add r
ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a link set va address 02:00:00:00:01:02
ip -n r link set ra address 02:00:00:00:01:01
ip -n r link set rb address 02:00:00:00:02:01
ip -n b link set vb address 02:00:00:00:02:02
for x in "a va" "r ra" "r rb" "b vb"; do set -- $x; ip -n $1 link set $2 up; done
ip -n a -6 addr add 2001:db8:1::2/64 dev va nodad
ip -n r -6 addr add 2001:db8:1::1/64 dev ra nodad
ip -n r -6 addr add 2001:db8:2::1/64 dev rb nodad
ip -n b -6 addr add 2001:db8:2::2/64 dev vb nodad
ip netns exec a ping -c 1 2001:db8:2::2; echo "rc=$?"
ip -n a -6 route add default via 2001:db8:1::1
ip -n b -6 route add default via 2001:db8:2::1
ip -n a -6 route add 2001:db8:99::/48 via 2001:db8:1::1 metric 50
ip -n a -6 route
ip -n a -6 route show table main
ip -n a -6 route get 2001:db8:2::2
ip -n a -6 route get 2001:db8:1::1
ip netns exec a ping -c 1 -W 1 2001:db8:2::2; echo "rc=$?"
ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=1
ip netns exec a ping -c 2 -i 0.2 2001:db8:2::2; echo "rc=$?"
ip netns exec a ping -c 1 -t 1 2001:db8:2::2; echo "rc=$?"
ip netns exec a ping -c 1 2001:db8:3::1; echo "rc=$?"
ip netns exec a ping -c 1 -W 5 2001:db8:2::9; echo "rc=$?"
ip -n a -6 neigh | grep -v fe80
ip -n r -6 neigh show dev rb | grep -v fe80
ip netns exec r ip6tables -A FORWARD -p ipv6-icmp -j DROP
ip netns exec a ping -c 1 -W 1 2001:db8:2::2; echo "rc=$?"
ip netns exec r ip6tables -nvxL FORWARD
ip -n a -6 route del 2001:db8:99::/48 via 2001:db8:1::1 metric 50
ip -n a -6 route del default via 2001:db8:1::1
ip -n a -6 route del default via 2001:db8:1::1; echo "rc=$?"
ip -n a -6 route
ip netns del a
ip netns del r
ip netns del b
