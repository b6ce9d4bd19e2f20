# conntrack -E for IPv6 flows: NEW and UPDATE (first reply, TCP states); -f ipv4 hears none of them.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add fd00::1/64 dev va nodad
ip -n b addr add fd00::2/64 dev vb nodad
ip -n a link set va up
ip -n b link set vb up
sleep 2
ip netns exec b ip6tables -A INPUT -m conntrack --ctstate NEW
ip netns exec b conntrack -E -f ipv6 > /tmp/ev6 2>&1 &
ip netns exec b conntrack -E -f ipv4 > /tmp/ev4 2>&1 &
sleep 0.5
ip netns exec a ping -6 -c 1 fd00::2 > /dev/null
ip netns exec b nc -6 -l -p 80 >/dev/null &
sleep 0.3
echo hi | ip netns exec a nc -6 -N fd00::2 80
sleep 0.3
sleep 0.5
kill %1 %2
wait
cat /tmp/ev6
cat /tmp/ev4
