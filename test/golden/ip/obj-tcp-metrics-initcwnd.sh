# route initcwnd: new connections start with the route's initial congestion window (client and server side), as ip tcp_metrics then records.
ip link set lo up
ip route add 127.0.0.2/32 dev lo initcwnd 20 table local proto kernel scope host src 127.0.0.1 2>&1; echo "rc=$?"
ip route show table local
ip route change local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 initcwnd 20; echo "rc=$?"
ip route show table local | grep 127.0.0.1
(timeout 3 nc -l 127.0.0.1 5001 > /dev/null &) ; sleep 0.5
echo hi | timeout 2 nc -N 127.0.0.1 5001; echo "nc=$?"
sleep 1
ip tcp_metrics
ip link add v0 type veth peer name v1
ip netns add b; ip link set v1 netns b
ip addr add 10.0.0.1/24 dev v0; ip link set v0 up
ip -n b addr add 10.0.0.2/24 dev v1; ip -n b link set v1 up
ip route add 10.0.0.2/32 dev v0 initcwnd 30
ip -n b route add 10.0.0.1/32 dev v1 initcwnd 4
(ip netns exec b timeout 3 nc -l 10.0.0.2 5000 > /dev/null &) ; sleep 0.5
(echo a; sleep 0.2; echo b) | timeout 2 nc -N 10.0.0.2 5000; echo "nc=$?"
sleep 1
ip tcp_metrics
ip -n b tcp_metrics
ip netns del b
