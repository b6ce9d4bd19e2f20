# tcpdump view of a half-close with data after the peer's FIN
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a timeout 3 tcpdump -nni va -S tcp 2>/dev/null | sed -E 's/^[0-9:.]+ //' > /tmp/d &
sleep 0.5
echo srv | ip netns exec b nc -N -l 7043 > /tmp/s &
sleep 0.3
(sleep 0.5; echo late) | ip netns exec a nc 10.0.0.2 7043
wait
cat /tmp/s
sed -E 's/(seq|ack) [0-9:]+/\1 N/g; s/val [0-9]+/val T/; s/ecr [0-9]+/ecr T/; s/\.[0-9]{5} >/.P >/; s/\.[0-9]{5}:/.P:/' /tmp/d
