# conntrack -U: mark updates by source/destination, masks, refusals with -p or no filter, nothing to update
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a addr add 10.0.0.3/24 dev va
ip -n a link set va up; ip -n b link set vb up
B="ip netns exec b"
$B iptables -A INPUT -m conntrack --ctstate NEW -j ACCEPT
ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null
ip netns exec a ping -c 1 -W 1 -I 10.0.0.3 10.0.0.2 > /dev/null
echo x | ip netns exec a nc -u -w0 10.0.0.2 9
echo x | ip netns exec a nc -u -w0 -s 10.0.0.3 10.0.0.2 10
ip netns exec b nc -l -p 80 >/dev/null & sleep 0.2
echo x | ip netns exec a nc -w1 -q0 10.0.0.2 80 ; wait
$B conntrack -L 2>/dev/null | grep -o "mark=[0-9]*" | sort | uniq -c
echo == all; $B conntrack -U -m 9 >/dev/null; echo rc=$?
echo == again; $B conntrack -U -m 9 >/dev/null; echo rc=$?
echo == src; $B conntrack -U -s 10.0.0.3 -m 5 >/dev/null; echo rc=$?
echo == p; $B conntrack -U -p tcp -m 6 >/dev/null; echo rc=$?
echo == dst; $B conntrack -U -d 10.0.0.2 -m 0x100/0xf00 >/dev/null; echo rc=$?
$B conntrack -L 2>/dev/null | grep -o "mark=[0-9]*" | sort | uniq -c
echo == nomatch; $B conntrack -U -s 10.9.9.9 -m 5 >/dev/null; echo rc=$?
echo == nomark; $B conntrack -U -s 10.0.0.3 >/dev/null; echo rc=$?
