# connlimit on TCP: the third concurrent connection from one source is
# refused; once the first two have closed, new ones are let in again.
ip netns add peer
ip link add va type veth peer name vb netns peer
ip addr add 10.9.0.1/24 dev va
ip link set va up
ip -n peer addr add 10.9.0.2/24 dev vb
ip -n peer link set vb up
ip netns exec peer iptables -A INPUT -p tcp --syn -m connlimit --connlimit-above 2 -j REJECT --reject-with tcp-reset
for p in 8001 8002 8003 8004; do ip netns exec peer nc -l -p $p > /dev/null & done
sleep 1
sleep 2 | nc -N 10.9.0.2 8001 &
sleep 2 | nc -N 10.9.0.2 8002 &
sleep 1
nc -w 1 10.9.0.2 8003 < /dev/null; echo "third: rc=$?"
wait %5 %6
sleep 1
nc -N -w 1 10.9.0.2 8004 < /dev/null; echo "after: rc=$?"
ip netns exec peer iptables -L INPUT -v -n -x | sed 1,2d | awk '{print $1, $3}'
kill %3 2>/dev/null
wait
