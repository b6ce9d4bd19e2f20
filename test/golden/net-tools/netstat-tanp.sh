# netstat -tanp / -lntp / -uanp / -an with a listener and a connection.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up; ip link set lo up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up; ip -n a link set lo up
ip netns exec a nc -l 8080 > /dev/null &
ip netns exec a nc -u -l 5353 > /dev/null &
sleep 0.3
(echo hi; sleep 1.5) | nc -N -p 45000 10.0.0.2 8080 &
sleep 0.4
ip netns exec a netstat -tanp | sed -E 's#[0-9]+/nc *$#PID/nc#'
ip netns exec a netstat -lntp | sed -E 's#[0-9]+/nc *$#PID/nc#'
ip netns exec a netstat -uanp | sed -E 's#[0-9]+/nc *$#PID/nc#'
ip netns exec a netstat -ltn
ip netns exec a netstat -tn
netstat -tn
ip netns exec a netstat -lt
ip netns exec a netstat -at
ip netns exec a netstat -antu
kill %2; wait
