# ss -tan / -lnt / -lntu / -ua with listeners, a live connection and TIME-WAIT; filters and -H.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up; ip link set lo up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up; ip -n a link set lo up
ip netns exec a nc -l 8000 > /dev/null &
ip netns exec a nc -l 8001 > /dev/null &
ip netns exec a nc -u -l 5353 > /dev/null &
sleep 0.3
(echo hi; sleep 2) | nc -N 10.0.0.2 8000 &
sleep 0.3
echo bye | nc -N 10.0.0.2 8001
sleep 0.3
ip netns exec a ss -lnt
ip netns exec a ss -lntu
ip netns exec a ss -tan
ss -tan
ip netns exec a ss -ltn 'sport = :8000'
ip netns exec a ss -H -ltn
ip netns exec a ss -ua
kill %3; wait
