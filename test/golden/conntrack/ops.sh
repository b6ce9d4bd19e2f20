# conntrack -L/-S/-C/-D/-F after ping, TCP and UDP flows between namespaces.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up; ip link set lo up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
conntrack -C; echo rc=$?
ping -c 1 10.0.0.2 > /dev/null
ip netns exec a nc -l -p 5000 > /dev/null &
sleep 0.3
(echo hi; sleep 1) | nc -N 10.0.0.2 5000 &
echo u | nc -u -w 1 10.0.0.2 5353
sleep 0.2
conntrack -C
conntrack -L 2>&1 | sed -E 's/ [0-9]+ (TIME_WAIT|ESTABLISHED|SYN_SENT)/ T \1/; s/^(icmp|udp) +([0-9]+) [0-9]+ /\1 \2 T /' | sort
conntrack -L -p icmp 2>&1 | sed -E 's/^icmp +1 [0-9]+ /icmp 1 T /'
conntrack -L -p tcp --state ESTABLISHED 2>&1 | sed -E 's/ [0-9]+ ESTABLISHED/ T ESTABLISHED/'
conntrack -L -s 10.0.0.9 2>&1
conntrack -L -d 10.0.0.2 -p udp 2>&1 | sed -E 's/^udp +17 [0-9]+ /udp 17 T /'
conntrack -S | sed 's/cpu=[0-9]*/cpu=N/' | head -1
conntrack -D -p udp 2>&1 | sed -E 's/^udp +17 [0-9]+ /udp 17 T /'
conntrack -D -p udp; echo rc=$?
conntrack -D -p icmp -s 10.0.0.1 2>&1 | sed -E 's/^icmp +1 [0-9]+ /icmp 1 T /'
conntrack -C
conntrack -F; echo rc=$?
conntrack -C
conntrack -L; echo rc=$?
wait
