# conntrack -E in the background while a TCP connection opens and closes.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
conntrack -E -p tcp > /tmp/ev.txt 2>&1 &
sleep 0.3
ip netns exec a nc -l -p 5000 > /dev/null &
sleep 0.3
echo hi | nc -N -p 40000 10.0.0.2 5000; echo rc=$?
sleep 0.5
conntrack -E -e NEW -p udp > /tmp/ev2.txt 2>&1 &
sleep 0.3
echo u | nc -u -w 1 -p 40001 10.0.0.2 53
sleep 0.3
kill %1 %3; wait
sed -E 's/ [0-9]+ (SYN_SENT|SYN_RECV|ESTABLISHED|FIN_WAIT|CLOSE_WAIT|LAST_ACK|TIME_WAIT|CLOSE)/ T \1/' /tmp/ev.txt
sed -E 's/^( *\[NEW\] udp +17) [0-9]+ /\1 T /' /tmp/ev2.txt
