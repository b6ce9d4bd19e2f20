# traceroute -I: ICMP echo probes; the target answers with echo replies.
ip netns add a; ip netns add r1; ip netns add r2; ip netns add b
ip link add va netns a type veth peer name r1a netns r1
ip link add r1b netns r1 type veth peer name r2a netns r2
ip link add r2b netns r2 type veth peer name vb netns b
ip -n a addr add 10.0.1.1/24 dev va; ip -n r1 addr add 10.0.1.254/24 dev r1a
ip -n r1 addr add 10.0.12.1/24 dev r1b; ip -n r2 addr add 10.0.12.2/24 dev r2a
ip -n r2 addr add 10.0.2.254/24 dev r2b; ip -n b addr add 10.0.2.1/24 dev vb
for n in a r1 r2 b; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0; done
ip -n a link set va up; ip -n r1 link set r1a up; ip -n r1 link set r1b up
ip -n r2 link set r2a up; ip -n r2 link set r2b up; ip -n b link set vb up
ip -n a route add default via 10.0.1.254; ip -n b route add default via 10.0.2.254
ip -n r1 route add 10.0.2.0/24 via 10.0.12.2; ip -n r2 route add 10.0.1.0/24 via 10.0.12.1
ip netns exec r1 sysctl -qw net.ipv4.ip_forward=1; ip netns exec r2 sysctl -qw net.ipv4.ip_forward=1
ip netns exec a traceroute -n -I -w 5,0,0 10.0.2.1; echo rc=$?
