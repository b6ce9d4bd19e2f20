# conntrack -E event masks: -e NEW,DESTROY, -e UPDATE (a prefix), lower case, bad names
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
B="ip netns exec b"
$B iptables -A INPUT -m conntrack --ctstate NEW -j ACCEPT
$B timeout 3 conntrack -E -e new,DESTROY -p icmp > /tmp/ov-e1 2>&1 &
$B timeout 3 conntrack -E -e UPDATE -p icmp > /tmp/ov-e2 2>&1 &
$B timeout 3 conntrack -E -e N -p udp > /tmp/ov-e3 2>&1 &
sleep 0.5
ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null
echo x | ip netns exec a nc -u -w0 10.0.0.2 9
sleep 0.3
$B conntrack -D -p icmp 2>&1 | sed 's/ \+/ /g'
wait
sed 's/ \+/ /g; s/ \[USERSPACE\].*$//' /tmp/ov-e1; echo ---; sed 's/ \+/ /g' /tmp/ov-e2; echo ---; sed 's/ \+/ /g' /tmp/ov-e3
$B conntrack -E -e FOO
$B conntrack -E -e NEW,bar
rm -f /tmp/ov-e1 /tmp/ov-e2 /tmp/ov-e3
