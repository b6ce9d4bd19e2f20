# ip tcp_metrics: entries TCP leaves when connections close (active closer in TIME_WAIT, passive one in LAST_ACK), per namespace; show/delete/flush and their errors.
ip link set lo up
ip link add v0 type veth peer name v1
ip netns add b
ip link set v1 netns b
ip addr add 10.0.0.1/24 dev v0; ip addr add fd00::1/64 dev v0 nodad; ip link set v0 up
ip -n b addr add 10.0.0.2/24 dev v1; ip -n b addr add fd00::2/64 dev v1 nodad; ip -n b link set v1 up; ip -n b link set lo up
ip tcp_metrics; echo "rc=$?"
ip tcp_metrics flush; echo "rc=$?"
ip -4 tcp_metrics flush; echo "rc=$?"
(ip netns exec b timeout 3 nc -l 10.0.0.2 5000 > /dev/null &) ; sleep 0.5
echo hello | timeout 2 nc -N 10.0.0.2 5000; echo "nc=$?"
sleep 1
ip tcp_metrics; echo "rc=$?"
ip -n b tcp_metrics; echo "rc=$?"
ip -j tcp_metrics show; echo "rc=$?"
ip tcp_metrics show 10.0.0.2; echo "rc=$?"
ip tcp_metrics show 10.0.0.3; echo "rc=$?"
ip tcp_metrics show 10.0.0.0/24; echo "rc=$?"
ip tcp_metrics show 10.0.0.2 src 10.0.0.1; echo "rc=$?"
ip tcp_metrics show 10.0.0.2 src 10.0.0.9; echo "rc=$?"
(ip netns exec b timeout 3 nc -l fd00::2 5000 > /dev/null &) ; sleep 0.5
(echo a; sleep 0.2; echo b) | timeout 2 nc -N fd00::2 5000; echo "nc=$?"
(timeout 3 nc -l 127.0.0.1 5001 > /dev/null &) ; sleep 0.5
echo hi | timeout 2 nc -N 127.0.0.1 5001; echo "nc=$?"
sleep 1
ip tcp_metrics; echo "rc=$?"
ip -6 tcp_metrics; echo "rc=$?"
ip -4 tcp_metrics show; echo "rc=$?"
ip tcpmetrics show fd00::2; echo "rc=$?"
ip tcp_metrics delete 10.0.0.2; echo "rc=$?"
ip tcp_metrics delete 10.0.0.2; echo "rc=$?"
ip tcp_metrics; echo "rc=$?"
ip -s -s tcp_metrics flush 127.0.0.0/8; echo "rc=$?"
ip -s tcp_metrics flush fd00::/64; echo "rc=$?"
ip tcp_metrics; echo "rc=$?"
ip -n b tcp_metrics flush all; echo "rc=$?"
ip -n b tcp_metrics; echo "rc=$?"
ip tcp_metrics help; echo "rc=$?"
ip tcp_metrics bogus; echo "rc=$?"
ip tcp_metrics delete; echo "rc=$?"
ip tcp_metrics delete 10.0.0.0/24; echo "rc=$?"
ip tcp_metrics show bogus; echo "rc=$?"
ip -6 tcp_metrics show 10.0.0.2; echo "rc=$?"
ip tcp_metrics show 10.0.0.2 10.0.0.3; echo "rc=$?"
ip tcp_metrics show src 10.0.0.0/8; echo "rc=$?"
ip tcp_metrics show address; echo "rc=$?"
ip -0 tcp_metrics; echo "rc=$?"
ip netns del b
