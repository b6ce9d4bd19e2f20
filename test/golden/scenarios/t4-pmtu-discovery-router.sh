# PMTU discovery through a router whose far link has MTU 1400: DF pings, the cached exception, tracepath-less checks
ip netns add a; ip netns add r; ip netns add b
ip link add a0 netns a type veth peer name r0 netns r
ip link add r1 netns r type veth peer name b0 netns b
ip -n a addr add 10.0.1.2/24 dev a0; ip -n r addr add 10.0.1.1/24 dev r0
ip -n r addr add 10.0.2.1/24 dev r1; ip -n b addr add 10.0.2.2/24 dev b0
ip -n r link set r1 mtu 1400; ip -n b link set b0 mtu 1400
for x in "a a0" "r r0" "r r1" "b b0"; do set -- $x; ip -n $1 link set $2 up; done
ip -n a route add default via 10.0.1.1; ip -n b route add default via 10.0.2.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec a ping -c 1 -M do -s 1472 10.0.2.2 2>&1 | sed 's/time=.*//' | head -3
ip -n a route get 10.0.2.2 | sed 's/ *$//'
ip netns exec a ping -c 1 -M do -s 1472 10.0.2.2 2>&1 | head -2
ip netns exec a ping -c 1 -W 1 -M do -s 1372 10.0.2.2 | grep -c 'bytes from'
ip netns exec a ping -c 1 -W 1 -M dont -s 1472 10.0.2.2 | grep -o '1 received'
ip -n a route show cache 2>/dev/null | head -3
ip -n a route flush cache
ip -n r -s link show r1 | awk 'NR==6{print "r1 tx packets", $2}'
nstat -n >/dev/null
ip netns exec r nstat -az IcmpOutDestUnreachs IcmpMsgOutType3 | awk 'NR>1{print $1,$2}'
