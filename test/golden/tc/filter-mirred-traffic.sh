# mirred on the datapath: frames matched on vb's ingress are mirrored to vc's
# egress (they arrive on vd), then redirected instead (they no longer reach b's stack).
for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add va netns a type veth peer name vb netns b
ip -n b link add vc type veth peer name vd
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up; ip -n b link set vc up; ip -n b link set vd up
ip -n a neigh add 10.0.0.2 lladdr $(ip -n b -br link show vb | awk '{print $3}') dev va
ip -n b neigh add 10.0.0.1 lladdr $(ip -n a -br link show va | awk '{print $3}') dev vb
ip netns exec b tc qdisc add dev vb ingress
ip netns exec b tc filter add dev vb ingress protocol ip prio 1 u32 match ip protocol 1 0xff action mirred egress mirror dev vc
ip netns exec a ping -c 3 -i 0.2 -W 1 10.0.0.2 | grep -c "bytes from"
ip -n b -s link show vd | sed -n '3,4p' | awk '{print "vd rx", $1, $2}' | tail -1
ip netns exec b tc filter replace dev vb ingress protocol ip prio 1 handle 800::800 u32 match ip protocol 1 0xff action mirred egress redirect dev vc
ip netns exec b tc filter show dev vb ingress
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep -c "bytes from"
ip -n b -s link show vd | sed -n '3,4p' | awk '{print "vd rx", $1, $2}' | tail -1
ip netns exec b tc -s qdisc show dev vb ingress
