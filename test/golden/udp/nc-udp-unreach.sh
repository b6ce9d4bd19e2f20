# nc -u client/server, ss -uan, port unreachables counted on both sides, -b broadcast, -uzv ranges, -u -l -k
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
sleep 0.5
ip netns exec b timeout 3 nc -u -l 5000 > /tmp/srv &
sleep 0.3
printf 'one\ntwo\n' | ip netns exec a nc -u -q 1 10.0.0.2 5000; echo rc=$?
wait; cat /tmp/srv
ip netns exec b ss -uan
for i in 1 2 3 4 5; do echo x | ip netns exec a nc -u -w0 10.0.0.2 6000; done
ip netns exec b nstat -az UdpNoPorts IcmpOutDestUnreachs IcmpOutMsgs | tail -n +2
ip netns exec a nstat -az IcmpInDestUnreachs UdpOutDatagrams | tail -n +2
ip netns exec b sysctl -qw net.ipv4.icmp_ratelimit=0
echo x | ip netns exec a nc -u -b -w1 10.0.0.255 6000; echo rc=$?
ip netns exec a nc -u -z -v 10.0.0.2 6000-6002; echo rc=$?
ip netns exec b timeout 2 nc -u -l -k 5001 > /tmp/srv2 &
sleep 0.2
echo a | ip netns exec a nc -u -w0 10.0.0.2 5001
echo b | ip netns exec a nc -u -w0 10.0.0.2 5001
wait; cat /tmp/srv2
