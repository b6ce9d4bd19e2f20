# Error routes on a router: unreachable, prohibit, blackhole, throw, and no route
ip netns add h; ip netns add r
ip link add eth0 netns h type veth peer name eth0 netns r
ip -n h addr add 10.1.0.2/24 dev eth0; ip -n h link set eth0 up; ip -n h link set lo up
ip -n r addr add 10.1.0.1/24 dev eth0; ip -n r link set eth0 up; ip -n r link set lo up
ip -n h route add default via 10.1.0.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip -n r route add unreachable 10.2.0.0/16
ip -n r route add prohibit 10.3.0.0/16
ip -n r route add blackhole 10.4.0.0/16
ip -n r route add throw 10.5.0.0/16
ip -n r route add 10.6.0.0/16 via 10.1.0.99
ip -n r route
ip netns exec h tcpdump -n -i eth0 -c 8 icmp 2>/dev/null > /tmp/u.cap &
sleep 1
for d in 10.2.0.1 10.3.0.1 10.4.0.1 10.5.0.1 10.7.0.1; do
  echo "== $d"; ip netns exec h ping -c 1 -W 1 $d | sed -n '2p;/transmitted/p'
done
wait
sed 's/^[0-9:.]* //' /tmp/u.cap
for d in 10.2.0.1 10.3.0.1 10.4.0.1 10.5.0.1 10.7.0.1; do ip -n r route get $d; ip -n r route get $d from 10.1.0.2 iif eth0; done
ip netns exec r ping -c 1 10.2.0.1; ip netns exec r ping -c 1 10.3.0.1; ip netns exec r ping -c 1 10.4.0.1; ip netns exec r ping -c 1 -W 1 10.5.0.1
ip netns exec r nstat -az IcmpOutDestUnreachs IcmpMsgOutType3 IpOutNoRoutes IpInNoRoutes IpInAddrErrors
ip netns exec h nstat -az IcmpInDestUnreachs
ip netns exec h ping -c 1 -W 2 10.6.0.1 | sed -n '2p;/transmitted/p'
ip -n r neigh show
