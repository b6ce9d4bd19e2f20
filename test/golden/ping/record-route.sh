# ping -R: the record-route option filled by the sender (ip_options_build), each
# router (ip_forward_options), the target (spec_dst on input, its source on the
# echoed reply) and the sender again; "(same route)" for an unchanged route,
# -q, a bigger -s, a destination a router cannot reach, -T with -R.
ip netns add a; ip netns add r; ip netns add b
ip link add va type veth peer name vr1
ip link set va netns a; ip link set vr1 netns r
ip link add vb type veth peer name vr2
ip link set vb netns b; ip link set vr2 netns r
ip -n a addr add 10.0.1.1/24 dev va; ip -n a link set va up; ip -n a link set lo up
ip -n r addr add 10.0.1.254/24 dev vr1; ip -n r link set vr1 up
ip -n r addr add 10.0.2.254/24 dev vr2; ip -n r link set vr2 up
ip -n b addr add 10.0.2.1/24 dev vb; ip -n b link set vb up
ip -n a route add default via 10.0.1.254
ip -n b route add default via 10.0.2.254
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec a ping -c 2 -R 10.0.2.1
echo "exit $?"
ip netns exec a ping -c 1 -R 10.0.1.254
ip netns exec a ping -c 1 -R 127.0.0.1
ip netns exec a ping -c 1 -R -n 10.0.1.1
ip netns exec a ping -c 2 -R -q 10.0.2.1
ip netns exec a ping -c 1 -R -s 1000 10.0.2.1
ip netns exec r timeout 5 tcpdump -c 4 -nv -i any icmp 2>&1 & sleep 0.5
ip netns exec a ping -c 1 -R 10.0.2.1 > /dev/null
wait
ip netns exec a ping -c 1 -R 10.0.9.9 -W 1
echo "exit $?"
ip netns exec a ping -c1 -R -T tsonly 10.0.2.1
echo "exit $?"
ip netns exec a ping -c1 -T tsonly -R 10.0.2.1
echo "exit $?"
ip netns exec a nstat -az IpInHdrErrors IpForwDatagrams IcmpOutEchoReps 2>&1 | tail -n +2
ip netns exec r nstat -az IpInHdrErrors IpForwDatagrams 2>&1 | tail -n +2
