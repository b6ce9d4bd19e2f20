# UDP between containers: nc -u both ways, ICMP port unreachable when nobody listens, ss -uan, conntrack entries
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.60.0.1/24 dev va; ip -n b addr add 10.60.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip -n a link set lo up; ip -n b link set lo up
ip netns exec b sh -c 'timeout 3 nc -u -l -p 5353 > /tmp/udp.out' &
sleep 0.3
ip netns exec b ss -uan | awk '{print $1,$4}'
echo query1 | ip netns exec a timeout 1 nc -u -w 1 10.60.0.2 5353
wait
cat /tmp/udp.out
ip netns exec b timeout 2 tcpdump -l -n -i vb -c 2 udp or icmp 2>/dev/null | cut -d' ' -f2- &
sleep 0.3
echo nobody | ip netns exec a timeout 2 nc -u -w 1 10.60.0.2 9999; echo "nc rc=$?"
wait
ip netns exec b nstat -az UdpNoPorts IcmpOutDestUnreachs | awk 'NR>1{print $1,$2}'
ip netns exec a nstat -az IcmpInDestUnreachs | awk 'NR>1{print $1,$2}'
ip netns exec a nc -u -z -w 1 10.60.0.2 9999; echo "nc -z rc=$?"
