# ping through a router: -t 1 (time exceeded, with and without -n), unreachable/prohibit/blackhole routes
# router between a and b; ping with -t 1 gets time exceeded; unreachable net
ip netns add a; ip netns add r; ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.0.1.2/24 dev va; ip -n r addr add 10.0.1.1/24 dev ra
ip -n b addr add 10.0.2.2/24 dev vb; ip -n r addr add 10.0.2.1/24 dev rb
for n in a r b; do ip -n $n link set lo up; done
ip -n a link set va up; ip -n r link set ra up; ip -n r link set rb up; ip -n b link set vb up
ip -n a route add default via 10.0.1.1
ip -n b route add default via 10.0.2.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec a ping -c 2 -t 1 -i 0.2 10.0.2.2; echo rc=$?
ip netns exec a ping -c 2 -t 1 -n -i 0.2 10.0.2.2; echo rc=$?
ip netns exec a ping -c 1 -q 10.0.2.2; echo rc=$?
ip netns exec a ping -c 2 -i 0.2 10.0.9.9; echo rc=$?
ip -n r route add unreachable 10.0.9.0/24
ip netns exec a ping -c 2 -i 0.2 10.0.9.9; echo rc=$?
ip -n r route add prohibit 10.0.8.0/24
ip netns exec a ping -c 2 -i 0.2 10.0.8.8; echo rc=$?
ip -n r route add blackhole 10.0.7.0/24
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.7.7; echo rc=$?
