# nc -u -d client, UDP listener -k with two senders
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -u -lk 7027 > /tmp/k &
sleep 0.3
echo a1 | ip netns exec a nc -u -q0 10.0.0.2 7027
echo a2 | ip netns exec a nc -u -q0 -p 5555 10.0.0.2 7027
sleep 0.2
cat /tmp/k
ip netns exec b ss -uan
kill %1; wait
(echo x; sleep 1) | ip netns exec a nc -u -w 2 10.0.0.2 7028; echo rc=$?
