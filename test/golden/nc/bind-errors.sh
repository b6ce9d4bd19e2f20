# bind errors: a second listener on the same port (SO_REUSEPORT), a non-local address, a client source
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nc -l 7006 > /dev/null &
sleep 0.3
ip netns exec b timeout 1 nc -l 7006; echo rc=$?
ip netns exec b nc -l 10.0.0.9 7007; echo rc=$?
ip netns exec b timeout 1 nc -l 10.0.0.2 7006; echo rc=$?
ip netns exec a nc -s 10.0.0.9 10.0.0.2 7006 </dev/null; echo rc=$?
ip netns exec a nc -p 7008 -s 10.0.0.1 10.0.0.2 7009 </dev/null; echo rc=$?
ip netns exec a nc -u -s 10.0.0.9 10.0.0.2 7006 </dev/null; echo rc=$?
ip netns exec b ss -tlnp | sed -E 's/pid=[0-9]+/pid=P/'
echo bye | ip netns exec a nc -N -p 7008 10.0.0.2 7006; echo rc=$?
ip netns exec a nc -p 7008 10.0.0.2 7006 </dev/null; echo rc=$?
wait
