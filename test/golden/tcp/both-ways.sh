# Data in both directions: the server sends its stdin, the client its own; each prints what it got.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
echo from-server | ip netns exec b nc -l 8080 > /tmp/got &
sleep 0.2
echo from-client | ip netns exec a nc -N 10.0.0.2 8080; echo rc=$?
wait
cat /tmp/got
