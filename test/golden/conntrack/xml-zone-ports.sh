# conntrack -o xml (tcp/udp/icmp, counters, assured/unreplied), -w zone filter, 16-bit ports in -I.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up; ip link set lo up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
sysctl -qw net.netfilter.nf_conntrack_acct=1
iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
ping -c 1 10.0.0.2 > /dev/null
echo u | nc -u -w 1 -p 4000 10.0.0.2 5353
conntrack -I -p tcp -s 1.1.1.1 -d 2.2.2.2 --sport 99999 --dport 2 --state ESTABLISHED -u SEEN_REPLY,ASSURED -t 100 -m 3
M='s#<timeout>[0-9]+</timeout>#<timeout>T</timeout>#; s#<id>[0-9]+</id><(assured|unreplied)#<id>N</id><\1#; s#<use>1</use><id>[0-9]+</id></meta>#<use>1</use><id>N</id></meta>#'
conntrack -L -o xml -p udp 2>&1 | sed -E "$M"
conntrack -L -o xml -p icmp 2>&1 | sed -E "$M"
conntrack -L -o xml -p tcp 2>&1 | sed -E "$M"
conntrack -L -o xml -s 9.9.9.9 2>&1
conntrack -L -w 5; echo rc=$?
conntrack -L -w 0 -p tcp 2>&1 | sed -E 's/ 6 [0-9]+ / 6 T /'
conntrack -G -p tcp -s 1.1.1.1 -d 2.2.2.2 --sport 34463 --dport 2 2>&1 | sed -E 's/ 6 [0-9]+ / 6 T /'
conntrack -E -e FOO; echo rc=$?
conntrack -E -e NEW,BOGUS; echo rc=$?
