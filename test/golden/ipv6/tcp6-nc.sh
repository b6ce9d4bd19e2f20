# nc -6 over TCP between two namespaces: a listener on ::, a client that
# sends a line and shuts down (-N), then -z -v to a closed port (the RST
# over IPv6 is "Connection refused"), and family mismatches in getaddrinfo.
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
ip netns exec b timeout 3 nc -6 -v -l -p 8080 &
sleep 0.3
(echo hello; sleep 0.3) | ip netns exec a nc -6 -N 2001:db8::2 8080; echo rc=$?
wait
ip netns exec a nc -z -v 2001:db8::2 8081; echo rc=$?
ip netns exec a nc -6 -z -v 2001:db8::2 8081; echo rc=$?
ip netns exec a nc -z -v -n 2001:db8::2 8081; echo rc=$?
ip netns exec a nc -4 2001:db8::2 80; echo rc=$?
ip netns exec a nc -6 127.0.0.1 80; echo rc=$?
ip netns del a
ip netns del b
