# REJECT --reject-with tcp-reset (nf_send_reset) leaves the RST's checksum
# partial (tcpdump -vv: incorrect on veth) and counts nothing in the Tcp MIB
# of the rejecting namespace; a closed port's RST (the stack's) is complete.
ip netns add b
ip link add va type veth peer name vb netns b
ip addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip link set va up
ip -n b link set vb up
sysctl -qw net.ipv6.conf.va.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.vb.disable_ipv6=1
ip netns exec b iptables -A INPUT -p tcp --dport 2 -j REJECT --reject-with tcp-reset
tcpdump -n -vv -i va -c 4 tcp 2>&1 &
sleep 0.3
nc -w 1 -z 10.0.0.2 2; echo rc=$?
nc -w 1 -z 10.0.0.2 3; echo rc=$?
sleep 0.3
wait
ip netns exec b nstat -az TcpOutRsts TcpOutSegs TcpInSegs
