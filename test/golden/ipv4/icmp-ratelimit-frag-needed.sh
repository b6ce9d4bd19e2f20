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
ip -n a route add default via 10.0.1.254
for i in 1 2 3 4; do
  ip netns exec a ping -c 1 -W 1 -M do -s 1450 10.0.2.1 | grep From
  ip -n a route flush cache
done
for i in 1 2 3 4; do
  ip netns exec a ping -c 1 -W 1 10.9.9.9 | grep From
done
ip netns exec r nstat -az IcmpOutDestUnreachs IcmpOutRateLimitHost IcmpOutRateLimitGlobal
