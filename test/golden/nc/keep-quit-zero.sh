# nc -lk with -q 0 serves one client only; -k without -q serves several
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
echo greeting | ip netns exec b nc -lk -q 0 7021 &
sleep 0.3
ip netns exec a nc -d 10.0.0.2 7021; echo rc=$?
sleep 0.2
ip netns exec b ss -tln
ip netns exec b nc -lk 7022 &
sleep 0.3
echo one | ip netns exec a nc -N 10.0.0.2 7022
echo two | ip netns exec a nc -N 10.0.0.2 7022
echo three | ip netns exec a nc -q 0 10.0.0.2 7022
sleep 0.3
ip netns exec b ss -tan | sort
kill %2; wait
