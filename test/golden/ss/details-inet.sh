# ss -e on TCP and UDP sockets: uid/ino/sk, the cgroup the sandbox cannot name, shutdown arrows, TIME-WAIT minisocks
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -l 7050 >/dev/null &
ip netns exec b nc -u -l 7051 >/dev/null &
u=$!
sleep 0.3
sleep 1 | ip netns exec a nc -N 10.0.0.2 7050 &
sleep 0.4
ip netns exec a ss -Htnae
ip netns exec b ss -Htunae
sleep 1
ip netns exec a ss -Htnae
ip netns exec b ss -Htunae
ip netns exec b ss -tlne sport = :7050
kill $u; wait
