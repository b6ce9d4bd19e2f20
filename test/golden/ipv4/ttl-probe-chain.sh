# A chain of three routers; ping -t probes each hop like traceroute
for n in a r1 r2 r3 b; do ip netns add $n; ip -n $n link set lo up; done
ip link add eth0 netns a type veth peer name eth0 netns r1
ip link add eth1 netns r1 type veth peer name eth0 netns r2
ip link add eth1 netns r2 type veth peer name eth0 netns r3
ip link add eth1 netns r3 type veth peer name eth0 netns b
ip -n a addr add 10.0.1.2/24 dev eth0
ip -n r1 addr add 10.0.1.1/24 dev eth0; ip -n r1 addr add 10.0.2.1/24 dev eth1
ip -n r2 addr add 10.0.2.2/24 dev eth0; ip -n r2 addr add 10.0.3.1/24 dev eth1
ip -n r3 addr add 10.0.3.2/24 dev eth0; ip -n r3 addr add 10.0.4.1/24 dev eth1
ip -n b addr add 10.0.4.2/24 dev eth0
for n in a r1 r2 r3 b; do for d in eth0 eth1; do ip -n $n link set $d up 2>/dev/null; done; done
ip -n a route add default via 10.0.1.1
ip -n b route add default via 10.0.4.1
ip -n r1 route add default via 10.0.2.2
ip -n r2 route add 10.0.1.0/24 via 10.0.2.1
ip -n r2 route add 10.0.4.0/24 via 10.0.3.2
ip -n r3 route add default via 10.0.3.1
for r in r1 r2 r3; do ip netns exec $r sysctl -qw net.ipv4.ip_forward=1; done
for t in 1 2 3 4; do
  ip netns exec a ping -c 1 -W 1 -t $t 10.0.4.2 | sed -n 2p
done
ip netns exec a ping -c 2 -i 0.2 -t 1 -n 10.0.4.2; echo "exit $?"
ip netns exec r2 sysctl -w net.ipv4.ip_forward=0
ip netns exec a ping -c 1 -W 1 10.0.4.2 | sed -n 2p
ip netns exec r2 sysctl -qw net.ipv4.ip_forward=1
ip netns exec r2 sysctl -w net.ipv4.conf.eth0.forwarding=0
ip netns exec a ping -c 1 -W 1 10.0.4.2 | sed -n 2,5p
ip netns exec b ping -c 1 -W 1 10.0.1.2 | sed -n 2,5p
for r in r1 r2 r3; do echo "== $r"; ip netns exec $r nstat -az IpInHdrErrors IpForwDatagrams IcmpOutTimeExcds IcmpMsgOutType11 IpOutNoRoutes; done
ip netns exec a nstat -az IcmpInTimeExcds IcmpMsgInType11 IcmpInDestUnreachs
ip -n r2 -s link show eth1
ip -n r1 -s neigh show | sort
