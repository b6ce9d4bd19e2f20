ip netns add a
ip netns add r
ip netns add c
ip link add va netns a type veth peer name ra netns r
ip link add vc netns c type veth peer name rc netns r
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rc up mtu 1400
ip -n c link set vc up mtu 1400
ip -n a addr add 10.0.1.1/24 dev va
ip -n r addr add 10.0.1.254/24 dev ra
ip -n r addr add 10.0.2.254/24 dev rc
ip -n c addr add 10.0.2.1/24 dev vc
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip -n c route add default via 10.0.2.254
ip -n a route add 10.0.2.0/24 via 10.0.1.254 mtu lock 1500
ip -n a route add 10.0.3.0/24 via 10.0.1.254
ip -n c addr add 10.0.3.1/24 dev vc
ip -n r route add 10.0.3.0/24 via 10.0.2.1
ip netns exec a ping -c 1 -M do -s 1450 10.0.2.1
ip netns exec a ping -c 1 -M do -s 1450 10.0.2.1
ip -n a route get 10.0.2.1
ip netns exec a ping -c 1 -s 1450 10.0.2.1
ip netns exec a ping -c 1 -M do -s 1450 10.0.3.1
ip netns exec a ping -c 1 -M do -s 1450 10.0.3.1
ip -n a route get 10.0.3.1 | sed "s/expires [0-9]*sec //"
ip -n r route get 10.0.1.1
ip netns exec r sysctl -qw net.ipv4.route.min_pmtu=1450
ip netns exec a sysctl -qw net.ipv4.route.min_pmtu=1450
ip -n a route flush cache
ip netns exec a ping -c 1 -M do -s 1450 10.0.3.1
ip netns exec a ping -c 1 -M do -s 1430 10.0.3.1
ip netns exec a ping -c 1 -M do -s 1420 10.0.3.1
ip -n a route get 10.0.3.1 | sed "s/expires [0-9]*sec //"
ip netns exec a nstat -az IcmpInDestUnreachs IpFragCreates IpFragOKs 2>&1
