# ss -u listings: UNCONN for a bound socket, only with -a or -l.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -u -l 5000 > /dev/null &
ip netns exec b nc -u -l 6000 > /dev/null &
sleep 0.2
ip netns exec b ss -un
ip netns exec b ss -uln
ip netns exec b ss -ul
ip netns exec b ss -tuln
kill %1 %2
