# traceroute's own errors.
ip netns add a; ip netns add r; ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.0.1.1/24 dev va; ip -n r addr add 10.0.1.254/24 dev ra
ip -n b addr add 10.0.2.1/24 dev vb; ip -n r addr add 10.0.2.254/24 dev rb
for n in a r b; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0; done
ip -n a link set va up; ip -n r link set ra up; ip -n r link set rb up; ip -n b link set vb up
ip -n a route add default via 10.0.1.254; ip -n b route add default via 10.0.2.254
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec a traceroute -X 10.0.2.1; echo rc=$?
ip netns exec a traceroute -n; echo rc=$?
ip netns exec a traceroute -n -q 11 10.0.2.1; echo rc=$?
ip netns exec a traceroute -n 10.0.2.1 70000; echo rc=$?
ip netns exec a traceroute nosuch.invalid; echo rc=$?
ip netns exec a traceroute -q; echo rc=$?
ip netns exec a traceroute -V
