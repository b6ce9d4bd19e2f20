# What tcpdump prints for TCP and UDP over IPv6: the handshake, data,
# shutdown, a RST for a closed port, a UDP datagram and the ICMPv6 port
# unreachable it provokes.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va address 02:00:00:00:00:0a
ip -n b link set vb address 02:00:00:00:00:0b
ip -n a link set va up
ip -n b link set vb up
ip -n a -6 addr add 2001:db8::1/64 dev va nodad
ip -n b -6 addr add 2001:db8::2/64 dev vb nodad
sleep 2
ip netns exec b tcpdump -i vb -n -l -c 40 'tcp or udp or (icmp6 and ip6[40] == 1)' >/tmp/cap6.txt 2>/dev/null &
sleep 1
ip netns exec b timeout 2 nc -6 -l -p 8080 >/dev/null &
sleep 0.3
(echo hello; sleep 0.3) | ip netns exec a nc -6 -N -p 54321 2001:db8::2 8080; echo rc=$?
ip netns exec a nc -z -p 54322 2001:db8::2 8081; echo rc=$?
echo x | ip netns exec a timeout 1 nc -6 -u -p 54323 2001:db8::2 9091; echo rc=$?
sleep 1
kill %1
wait
sed -E 's/^[0-9:.]+ //; s/(seq|ack|win|val|ecr) [0-9]+/\1 N/g; s/seq N:N/seq N/' /tmp/cap6.txt
rm -f /tmp/cap6.txt
ip netns del a
ip netns del b
