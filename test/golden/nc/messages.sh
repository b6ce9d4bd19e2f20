# netcat's messages: -z -v over a range, -u, -l -v, refused and timeouts.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up; ip link set lo up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up; ip -n a link set lo up
ip netns exec a nc -l -k 8000 > /dev/null &
ip netns exec a nc -l -k 8002 > /dev/null &
ip netns exec a nc -u -l 9000 > /tmp/u.txt &
sleep 0.3
nc -z -v 10.0.0.2 7999-8003; echo rc=$?
nc -zv 10.0.0.2 8000 2>&1; echo rc=$?
nc -z 10.0.0.2 8001; echo rc=$?
nc -z -v -u 10.0.0.2 9000; echo rc=$?
nc -vz -n 10.0.0.2 http; echo rc=$?
nc -vz 10.0.0.2 8000 8002; echo rc=$?
echo hello-udp | nc -u -w 1 10.0.0.2 9000; echo rc=$?
nc -l -p 8000 -s 10.0.0.9; echo rc=$?
nc -v -w 1 10.0.0.3 80; echo rc=$?
nc 10.0.0.2; echo rc=$?
nc -z 10.0.0.2 99999; echo rc=$?
sleep 0.2
cat /tmp/u.txt
kill %1 %2 %3; wait
