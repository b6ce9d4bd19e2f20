# ping -M do/want/dont across a smaller MTU: frag needed, the learned PMTU, local message too long, a bad -M
ip netns add a; ip netns add r; ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.0.1.2/24 dev va; ip -n r addr add 10.0.1.1/24 dev ra
ip -n b addr add 10.0.2.2/24 dev vb; ip -n r addr add 10.0.2.1/24 dev rb
ip -n a link set va up; ip -n r link set ra up; ip -n r link set rb up; ip -n b link set vb up
ip -n r link set rb mtu 1300; ip -n b link set vb mtu 1300
ip -n a route add default via 10.0.1.1
ip -n b route add default via 10.0.2.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec a ping -c 2 -i 0.3 -s 1400 -M do 10.0.2.2; echo rc=$?
ip netns exec a ping -c 2 -i 0.3 -s 1400 -M do 10.0.2.2; echo rc=$?
ip netns exec a ping -c 2 -i 0.3 -s 1400 -M want 10.0.2.2; echo rc=$?
ip netns exec a ping -c 2 -i 0.3 -s 1400 -M dont 10.0.2.2; echo rc=$?
ip netns exec a ping -c 1 -s 2000 -M do 10.0.1.1; echo rc=$?
ip netns exec a ping -c 1 -M foo 10.0.1.1; echo rc=$?
ip -n a route get 10.0.2.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
