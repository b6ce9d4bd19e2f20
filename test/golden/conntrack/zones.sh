# Conntrack zones: raw CT --zone per interface, the same tuple tracked twice (zone 0 and 5), conntrack -L -w,
# /proc/net/nf_conntrack, NAT inside a zone.
ip netns add a; ip link add va type veth peer name eth0 netns a
ip addr add 10.11.0.1/24 dev va; ip link set va up
ip -n a addr add 10.11.0.2/24 dev eth0; ip -n a link set eth0 up
iptables -t raw -A PREROUTING -i va -j CT --zone 5; echo ct=$?
iptables -t raw -A OUTPUT -o va -j CT --zone 5
ip netns exec a ping -c 1 10.11.0.1 > /dev/null; echo ping=$?
M='s/^\(icmp\|udp\|tcp\) *\([0-9]*\) [0-9]* /\1 \2 T /;s/id=[0-9]*/id=I/g'
conntrack -L 2>&1 | sed "$M"
conntrack -L -w 5 2>&1 | sed "$M"
conntrack -L -w 0 2>&1 | sed "$M"
sed 's/ [0-9]* src=/ T src=/;s/id=[0-9]*/id=I/g' /proc/net/nf_conntrack
iptables -t raw -D OUTPUT -o va -j CT --zone 5
ip netns exec a ping -c 1 -W 1 10.11.0.1 > /dev/null; echo ping-half=$?
conntrack -L -p icmp 2>&1 | sed "$M" | sort
ip netns exec a iptables -t nat -A POSTROUTING -j SNAT --to-source 10.11.0.2
echo x | nc -u -w 0 -p 7777 10.11.0.2 9
conntrack -L -p udp 2>&1 | sed "$M"
conntrack -D -w 5 2>&1 | sed "$M" | sort; echo d=$?
conntrack -L 2>&1 | sed "$M" | sort
iptables -t raw -S
