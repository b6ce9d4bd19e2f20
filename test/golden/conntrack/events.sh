# conntrack -E: NEW, then one UPDATE per packet that changes the entry (reply seen, each TCP state move,
# ASSURED); events carry no use= and a mark only when set (CONNMARK).
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
iptables -A OUTPUT -m conntrack --ctstate NEW
iptables -t mangle -A OUTPUT -p udp --dport 54 -j CONNMARK --set-mark 5
conntrack -E > /tmp/ev.txt 2>&1 &
sleep 0.3
ip netns exec a nc -l 5000 > /dev/null &
sleep 0.3
echo hi | nc -N -p 40000 10.0.0.2 5000
echo u | nc -u -w 1 -p 40001 10.0.0.2 53
echo u | nc -u -w 1 -p 40002 10.0.0.2 54
sleep 0.3
kill %1; wait
sed -E 's/ (udp|tcp) +([0-9]+) [0-9]+ / \1 \2 T /' /tmp/ev.txt
