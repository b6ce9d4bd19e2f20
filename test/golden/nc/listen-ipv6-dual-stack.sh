# nc -l on IPv6 and dual stack: -6 listener gets v4-mapped peers, -4 default
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a addr add fd00::1/64 dev va nodad; ip -n b addr add fd00::2/64 dev vb nodad
ip -n a link set va up; ip -n b link set vb up
ip -n a link set lo up; ip -n b link set lo up
ip netns exec b nc -6 -l -v -n 7040 > /tmp/o1 2>/tmp/e1 &
sleep 0.3
ip netns exec b ss -tlnH
echo v4 | ip netns exec a nc -N 10.0.0.2 7040; echo rc=$?
wait
cat /tmp/o1 /tmp/e1
ip netns exec b nc -l -v -n 7041 > /tmp/o2 2>/tmp/e2 &
l=$!
sleep 0.3
echo v6 | ip netns exec a nc -N fd00::2 7041; echo rc=$?
ip netns exec a nc -zv -w1 fd00::2 7041; echo rc=$?
ip netns exec b ss -tlnH
kill $l; wait
cat /tmp/e2
ip netns exec b nc -6 -l -n -v fd00::2 7042 > /tmp/o3 2>/tmp/e3 &
sleep 0.3
echo six | ip netns exec a nc -N -v fd00::2 7042; echo rc=$?
wait; cat /tmp/o3 /tmp/e3
ip netns exec a ss -tanH state time-wait
