# listener -q 1 with stdin data, client -d
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
(echo from-server; sleep 3) | ip netns exec b nc -l -q 1 7020 &
sleep 0.3
ip netns exec a nc -d 10.0.0.2 7020; echo rc=$?
ip netns exec a ss -tan
ip netns exec b ss -tan
wait
