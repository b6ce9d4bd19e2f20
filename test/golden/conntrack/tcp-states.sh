# conntrack TCP states: SYN_SENT when the server drops, CLOSE after a RST, ESTABLISHED while open, TIME_WAIT after.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
ip netns exec a iptables -A INPUT -p tcp --dport 81 -j DROP
nc -z -w 1 -p 41000 10.0.0.2 81; echo rc=$?
nc -z -w 1 -p 41001 10.0.0.2 82; echo rc=$?
ip netns exec a nc -l 83 > /dev/null &
sleep 0.3
(echo x; sleep 1.5) | nc -N -p 41002 10.0.0.2 83 &
sleep 0.4
conntrack -L -p tcp 2>&1 | sed -E 's/ [0-9]+ ([A-Z_]+) src/ T \1 src/' | sort
ip netns exec a conntrack -L 2>&1 | sed -E 's/ [0-9]+ ([A-Z_]+) src/ T \1 src/' | sort
wait
sleep 0.2
conntrack -L -p tcp --dport 83 2>&1 | sed -E 's/ [0-9]+ ([A-Z_]+) src/ T \1 src/'
conntrack -L -p tcp --state SYN_SENT 2>&1 | sed -E 's/ [0-9]+ ([A-Z_]+) src/ T \1 src/'
conntrack -L -p tcp --state CLOSE 2>&1 | sed -E 's/ [0-9]+ ([A-Z_]+) src/ T \1 src/'
conntrack -L -p tcp --state BOGUS; echo rc=$?
sysctl net.netfilter.nf_conntrack_tcp_timeout_established net.netfilter.nf_conntrack_tcp_timeout_time_wait net.netfilter.nf_conntrack_tcp_timeout_syn_sent net.netfilter.nf_conntrack_udp_timeout net.netfilter.nf_conntrack_icmp_timeout
