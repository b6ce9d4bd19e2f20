# nc -z: success and refusal, with and without -v, numeric and by service name.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -lk 80 > /dev/null &
sleep 0.2
ip netns exec a nc -z 10.0.0.2 80; echo rc=$?
ip netns exec a nc -zv 10.0.0.2 80; echo rc=$?
ip netns exec a nc -zvn 10.0.0.2 80; echo rc=$?
ip netns exec a nc -zv 10.0.0.2 http; echo rc=$?
ip netns exec a nc -zv 10.0.0.2 81; echo rc=$?
ip netns exec a nc -z 10.0.0.2 81; echo rc=$?
ip netns exec a nc -zv 10.0.0.2 79-81; echo rc=$?
kill %1
