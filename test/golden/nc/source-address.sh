# nc -s and -p choose the local end, as the listener's -v report shows.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip -n a addr add 10.0.0.11/24 dev va
ip netns exec b nc -vn -l 8080 > /dev/null 2>/tmp/err &
sleep 0.2
echo x | ip netns exec a nc -N -s 10.0.0.11 -p 4444 10.0.0.2 8080; echo rc=$?
wait
cat /tmp/err
