# TcpAttemptFails counts a connect a RST refuses, not one an ICMP error ends
# (REJECT's port-unreachable, host-prohibited) nor one the caller gives up on.
ip netns add b
ip link add va type veth peer name vb netns b
ip addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip link set va up
ip -n b link set vb up
ip netns exec b iptables -A INPUT -p tcp --dport 1 -j REJECT
ip netns exec b iptables -A INPUT -p tcp --dport 3 -j REJECT --reject-with icmp-host-prohibited
ip netns exec b iptables -A INPUT -p tcp --dport 5 -j DROP
nc -w 1 -z -v 10.0.0.2 1; echo rc=$?
nstat -z TcpAttemptFails TcpExtTCPAbortOnData
nc -w 1 -v 10.0.0.2 1; echo rc=$?
nstat -z TcpAttemptFails
nc -w 1 -z -v 10.0.0.2 3; echo rc=$?
nstat -z TcpAttemptFails
nc -w 1 -z -v 10.0.0.2 5; echo rc=$?
nstat -z TcpAttemptFails
nc -w 1 -z -v 10.0.0.2 6; echo rc=$?
nstat -z TcpAttemptFails TcpOutRsts
