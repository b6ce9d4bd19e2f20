# ip6tables NAT: MASQUERADE with IPv6 inside disabled bring-up noise, DNAT port forward, REDIRECT, listing counters
ip netns add c; ip netns add r; ip netns add s
for n in c r s; do ip netns exec $n sysctl -qw net.ipv6.conf.default.accept_dad=0; done
ip link add vc netns c type veth peer name r0 netns r
ip link add vs netns s type veth peer name r1 netns r
ip -n c addr add fd00:1::2/64 dev vc nodad; ip -n r addr add fd00:1::1/64 dev r0 nodad
ip -n s addr add fd00:2::2/64 dev vs nodad; ip -n r addr add fd00:2::1/64 dev r1 nodad
ip -n c link set vc up; ip -n s link set vs up; ip -n r link set r0 up; ip -n r link set r1 up
ip -n c route add default via fd00:1::1; ip -n s route add default via fd00:2::1
ip netns exec r sysctl -qw net.ipv6.conf.all.forwarding=1
R="ip netns exec r"
$R ip6tables -t nat -A POSTROUTING -s fd00:1::/64 -o r1 -j MASQUERADE
$R ip6tables -t nat -A PREROUTING -i r1 -p tcp --dport 2222 -j DNAT --to-destination [fd00:1::2]:22
$R ip6tables -t nat -A PREROUTING -i r0 -p tcp --dport 80 -j REDIRECT --to-ports 8080
ip netns exec c ping -c 2 -i 0.2 -W 1 fd00:2::2 | grep transmitted
ip netns exec s timeout 2 nc -6 -l -p 7 > /tmp/ov-s.txt &
sleep 0.3
echo "from c" | ip netns exec c nc -6 -w 1 -q 0 fd00:2::2 7
wait; cat /tmp/ov-s.txt; rm -f /tmp/ov-s.txt
$R ss -tn state time-wait 2>/dev/null | wc -l
ip netns exec c timeout 2 nc -6 -l -p 22 > /tmp/ov-c.txt &
sleep 0.3
echo "to c" | ip netns exec s nc -6 -w 1 -q 0 fd00:2::1 2222
wait; cat /tmp/ov-c.txt; rm -f /tmp/ov-c.txt
$R timeout 2 nc -6 -l -p 8080 > /tmp/ov-r.txt &
sleep 0.3
echo "redirected" | ip netns exec c nc -6 -w 1 -q 0 fd00:2::2 80
wait; cat /tmp/ov-r.txt; rm -f /tmp/ov-r.txt
$R ip6tables -t nat -L -n -v -x | sed 's/ \+/ /g'
$R conntrack -L -f ipv6 -p tcp 2>/dev/null | grep -o 'dport=[0-9]* src=[^ ]* dst=[^ ]* sport=[0-9]*' | sort
