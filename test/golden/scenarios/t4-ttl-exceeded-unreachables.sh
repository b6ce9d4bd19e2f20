# What ping prints for the router's ICMP errors: TTL exceeded, net unreachable, host unreachable, admin prohibited
ip netns add a; ip netns add r
ip link add a0 netns a type veth peer name r0 netns r
ip -n a addr add 10.0.0.2/24 dev a0; ip -n r addr add 10.0.0.1/24 dev r0
ip -n a link set a0 up; ip -n r link set r0 up; ip -n r link set lo up
ip -n a route add default via 10.0.0.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip -n r route add 10.50.0.0/16 via 10.0.0.99
ip -n r route add unreachable 10.60.0.0/16
ip -n r route add prohibit 10.70.0.0/16
ip -n r route add blackhole 10.80.0.0/16
ip -n r addr add 10.90.0.1/24 dev lo
p() { ip netns exec a ping -n -c 1 -W 1 "$@" 2>&1 | sed -n 2p; }
p -t 1 10.90.0.1
p 10.90.0.1 | sed 's/time=.*//'
p 10.60.0.1
p 10.70.0.1
echo "blackhole: [$(p 10.80.0.1)]"
p 10.200.0.1
iptables_r() { ip netns exec r iptables "$@"; }
iptables_r -A FORWARD -d 10.90.0.0/24 -j REJECT --reject-with icmp-host-prohibited
iptables_r -A INPUT -d 10.90.0.1 -p icmp -j REJECT --reject-with icmp-net-unreachable
p 10.90.0.1
ip -n r route show | sed 's/ *$//'
ip netns exec r nstat -az IcmpOutTimeExcds IcmpOutDestUnreachs | awk 'NR>1{print $1,$2}'
