# -w idle timeout with stdin open, and -N with stdin EOF at once
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -l 7025 > /tmp/o &
sleep 0.3
sleep 3 | ip netns exec a nc -w 1 10.0.0.2 7025; echo rc=$?
sleep 0.2
ip netns exec a ss -tan
ip netns exec b ss -tan
wait
ip netns exec b nc -l 7026 &
sleep 0.3
ip netns exec a nc -N 10.0.0.2 7026 < /dev/null; echo rc=$?
wait
