# TIME_WAIT after nc closes first, nc -p reusing its port while TIME_WAIT stands (bind fails), the server closing first (-q 0)
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -l 7000 >/dev/null &
sleep 0.2
echo data | ip netns exec a nc -N -p 40000 10.0.0.2 7000
wait
ip netns exec a ss -tan state time-wait
ip netns exec b ss -tan
echo again | ip netns exec a nc -N -p 40000 10.0.0.2 7000; echo rc=$?
ip netns exec b nc -l 7000 >/dev/null &
srv=$!
sleep 0.2
echo again | ip netns exec a nc -N -p 40000 10.0.0.2 7000; echo rc=$?
kill $srv; wait $srv; echo killed $?
ip netns exec a ss -tan state time-wait
ip netns exec b nc -l -q 0 7001 < /dev/null &
sleep 0.2
ip netns exec a nc -d 10.0.0.2 7001; echo rc=$?
wait
ip netns exec a ss -tan | sed -E 's/:[0-9]{5} /:P /'
ip netns exec b ss -tan | sed -E 's/:[0-9]{5} /:P /'
