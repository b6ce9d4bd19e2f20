# nstat as a debugging tool: deltas since the last call (history file), -n to reset, -a absolute, -z zeros
ip netns add a; ip netns add b
ip link add eth0 netns a type veth peer name eth0 netns b
ip -n a addr add 10.7.0.1/24 dev eth0; ip -n b addr add 10.7.0.2/24 dev eth0
ip -n a link set eth0 up; ip -n b link set eth0 up
ip netns exec a nstat -n
ip netns exec a ping -c 3 -i 0.2 10.7.0.2 >/dev/null
ip netns exec a nstat | grep -E 'IcmpOutEchos|IcmpInEchoReps|IpOutRequests|IpInReceives' | awk '{print $1, $2}'
ip netns exec a nstat | grep -c Icmp
ip netns exec a ping -c 2 -i 0.2 10.7.0.2 >/dev/null
ip netns exec a nstat IcmpOutEchos IcmpInEchoReps | awk '{print $1, $2}'
ip netns exec a nstat -a IcmpOutEchos | awk '{print $1, $2}'
ip netns exec a nstat -s IcmpOutEchos | awk '{print $1, $2}'
ip netns exec a nstat -z IcmpOutErrors | awk '{print $1, $2}'
ip netns exec b nstat -az 'Icmp*Echo*' | awk '{print $1, $2}'
ip netns exec a nstat --json IcmpOutEchos 2>&1 | head -3
