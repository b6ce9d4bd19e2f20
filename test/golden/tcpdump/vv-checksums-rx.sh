# tcpdump -vv on TCP/UDP/ICMP with tx checksumming off: checksums verified; UDP to 7001 is AFS RX ('[|rx]')
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a ethtool -K va tx off >/dev/null
sleep 0.5
ip netns exec b timeout 4 tcpdump -i vb -n -l -vv 'tcp or udp or icmp' > /tmp/c1 2>/dev/null &
sleep 0.5
ip netns exec b nc -l 7000 >/dev/null &
sleep 0.2
echo data | ip netns exec a nc -N 10.0.0.2 7000
echo u | ip netns exec a nc -u -w1 10.0.0.2 7001
ip netns exec a nc -z 10.0.0.2 7002
wait
sed -E 's/^[0-9:.]+ //; s/(seq|ack|val|ecr) [0-9]+/\1 N/g; s/\.[0-9]{5} /.P /g; s/\.[0-9]{5}:/.P:/g; s/id [0-9]+/id I/; s/cksum 0x[0-9a-f]+/cksum X/g; s/-> 0x[0-9a-f]+/-> X/g; s/sum 0x[0-9a-f]+/sum X/g' /tmp/c1
