# ss -o: the TIME-WAIT timer (timer:(timewait,59sec,0)), a SYN-SENT socket's retransmit timer and
# retransmission count, Send-Q 1 for the unacknowledged SYN; -o with -p puts users: first.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
ip netns exec a nc -l 8001 > /dev/null &
ip netns exec a iptables -A INPUT -p tcp --dport 81 -j DROP
sleep 0.3
echo bye | nc -N 10.0.0.2 8001
sleep 0.1
ss -tano
ss -to state time-wait
ss -tonp state time-wait
ss --options -tn state time-wait
nc -w 3 10.0.0.2 81 &
sleep 0.3
ss -Htnop state syn-sent | sed -E 's/pid=[0-9]+/pid=P/; s/on,[0-9.]+ms/on,T/'
sleep 1.2
ss -Htno state syn-sent | sed -E 's/on,[0-9.]+ms/on,T/'
ss -Htn state syn-sent
wait
