# ss -tanpo showing CLOSE-WAIT and FIN-WAIT-2 while the client's stdin is open
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
echo bye | ip netns exec b nc -N -l 7023 &
sleep 0.3
(sleep 1.5; echo late) | ip netns exec a nc 10.0.0.2 7023 > /tmp/c &
sleep 0.5
ip netns exec a ss -tanp | sed -E 's/pid=[0-9]+/pid=P/'
ip netns exec b ss -tano | sed -E 's/timer:\(timewait,[0-9.]+sec/timer:(timewait,T/; s/timer:\(keepalive[^)]*\)//'
wait
cat /tmp/c
ip netns exec a ss -tan state time-wait
ip netns exec b ss -tan state time-wait
