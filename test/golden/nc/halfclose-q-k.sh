# nc -N half-close through a pipe, ss after, -lk serving two clients
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b sh -c 'nc -l -p 6000 | tr a-z A-Z > /tmp/srv' &
sleep 0.3
printf 'abc\n' | ip netns exec a nc -N 10.0.0.2 6000; echo rc=$?
wait; cat /tmp/srv
ip netns exec a ss -tan | sort
ip netns exec b ss -tan | sort
ip netns exec b nc -lk 6002 > /tmp/srv3 &
pid=$!
sleep 0.3
echo one | ip netns exec a nc -N 10.0.0.2 6002
echo two | ip netns exec a nc -N 10.0.0.2 6002
sleep 0.3
kill $pid; wait
cat /tmp/srv3
