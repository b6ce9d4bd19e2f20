# A dual-stack listener (nc -6 -l binds ::) accepts IPv4 connections: its
# peer shows as ::ffff:a.b.c.d to nc and ss; a listener bound to an IPv6
# address does not (IPv6-only: RST); an AF_INET listener is preferred.
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
ip netns exec b timeout 2 nc -6 -v -n -l -p 8080 &
sleep 0.3
(echo four; sleep 0.5) | ip netns exec a nc -N -p 40004 10.0.0.2 8080 &
sleep 0.2
ip netns exec b ss -tn | awk '{print $1, $4, $5}'
ip netns exec a ss -tn | awk '{print $1, $4, $5}'
wait
ip netns exec b timeout 1 nc -6 -l 2001:db8::2 8081 &
sleep 0.3
ip netns exec a nc -z -v -n 10.0.0.2 8081; echo rc=$?
wait
ip netns exec b timeout 2 nc -6 -l -p 8082 >/dev/null &
ip netns exec b timeout 2 nc -4 -v -n -l -p 8082 &
sleep 0.3
ip netns exec b ss -tln
(echo five; sleep 0.3) | ip netns exec a nc -N -p 40005 10.0.0.2 8082; echo rc=$?
wait
ip netns del a
ip netns del b
