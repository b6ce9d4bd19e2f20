# nc listeners as background jobs: a bare wait after the first one finished keeps its slot, so the next listener is %2
ip netns add server; ip netns add client
ip link add s0 netns server type veth peer name c0 netns client
ip -n server addr add 192.168.100.1/24 dev s0; ip -n server link set s0 up; ip -n server link set lo up
ip -n client addr add 192.168.100.2/24 dev c0; ip -n client link set c0 up
ip netns exec server nc -l -p 8080 > /tmp/got.txt &
sleep 0.3
ip netns exec server ss -tlnp | sed 's/pid=[0-9]*/pid=X/;s/fd=[0-9]*/fd=X/'
echo "hello over tcp" | ip netns exec client nc -q1 192.168.100.1 8080; echo "nc $?"
wait
cat /tmp/got.txt
ip netns exec client nc -zv 192.168.100.1 8080; echo "z $?"
ip netns exec client nc -zv -w1 192.168.100.1 22 2>&1; echo "z2 $?"
ip netns exec server iptables -A INPUT -p tcp --dport 9090 -j REJECT --reject-with tcp-reset
ip netns exec server nc -l -p 9090 &
sleep 0.3
ip netns exec client nc -zv 192.168.100.1 9090; echo "z3 $?"
ip netns exec server iptables -I INPUT -p tcp --dport 9090 -j DROP
ip netns exec client nc -zv -w 1 192.168.100.1 9090; echo "z4 $?"
kill %2 2>/dev/null; wait 2>/dev/null
ip netns exec server iptables -L INPUT -n -v
ip netns exec client nc -u -w1 192.168.100.1 5353 <<< "udp"; echo "u $?"
ip netns exec server nstat -az TcpActiveOpens TcpPassiveOpens TcpAttemptFails TcpOutRsts UdpNoPorts 2>&1 | tail -5
