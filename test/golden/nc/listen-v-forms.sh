# nc -l -v prints the peer; -lvnp form from tutorials; two-way chat.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
(ip netns exec a nc -lvnp 4444 2>&1 | sed 's/ [0-9]*$/ PORT/') &
sleep 0.3
(echo "hello server"; sleep 0.3) | nc -N 10.0.0.2 4444; r=$?
wait
(ip netns exec a nc -lv 4445 2>&1 | sed -E 's/port [0-9]+/port P/;s/ [0-9]+$/ P/') &
sleep 0.3
echo second | nc -N 10.0.0.2 4445; r2=$?
wait
(timeout 1.5 ip netns exec a nc -luv 4446 2>&1 | sed -E 's/ [0-9]+$/ P/') &
sleep 0.3
echo third | nc -u -w 1 10.0.0.2 4446; r3=$?
sleep 0.3
wait
echo rc=$r $r2 $r3
