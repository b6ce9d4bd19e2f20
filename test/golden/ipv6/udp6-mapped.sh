# A UDP socket on :: (nc -6 -u -l) hears IPv4 datagrams from ::ffff:a.b.c.d,
# connects back to that address and answers over IPv4; one bound to an IPv6
# address does not (ICMP port unreachable: nc -z -u fails).
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va up
ip -n b link set vb up
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a -6 addr add 2001:db8::1/64 dev va nodad
ip -n b -6 addr add 2001:db8::2/64 dev vb nodad
sleep 2
(echo back; sleep 1) | ip netns exec b timeout 1 nc -6 -u -v -n -l -p 9090 >/tmp/b.out &
sleep 0.3
(echo there; sleep 0.5) | ip netns exec a timeout 1 nc -u -p 40007 10.0.0.2 9090 >/tmp/a.out &
sleep 0.3
ip netns exec b ss -uan
wait
echo "b got: $(cat /tmp/b.out)"
echo "a got: $(cat /tmp/a.out)"
rm -f /tmp/a.out /tmp/b.out
ip netns exec b timeout 2 nc -6 -u -l 2001:db8::2 9091 &
sleep 0.3
ip netns exec a nc -z -v -n -u 10.0.0.2 9091; echo rc=$?
wait
ip netns del a
ip netns del b
