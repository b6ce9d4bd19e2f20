# Forwarded traffic over a multipath route: the router hashes each packet's
# addresses (policy 0) and sends it out of the nexthop's device; per-path tx
# counters show where each flow went.
ip netns add c; ip netns add r; ip netns add s
# No IPv6 on the router: nothing but the forwarded pings leaves r1 and r2.
ip netns exec r sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add ca netns c type veth peer name rc netns r
ip link add r1 netns r type veth peer name s1 netns s
ip link add r2 netns r type veth peer name s2 netns s
ip -n c addr add 10.1.0.2/24 dev ca
ip -n r addr add 10.1.0.1/24 dev rc
ip -n r addr add 10.2.0.1/24 dev r1
ip -n r addr add 10.3.0.1/24 dev r2
ip -n s addr add 10.2.0.2/24 dev s1
ip -n s addr add 10.3.0.2/24 dev s2
for i in 1 2 3 4 5 6 7 8; do ip -n s addr add 172.20.0.$i/32 dev lo; done
for n in c r s; do ip -n $n link set lo up; done
ip -n c link set ca up; ip -n r link set rc up; ip -n r link set r1 up; ip -n r link set r2 up
ip -n s link set s1 address 02:00:00:00:00:01; ip -n s link set s2 address 02:00:00:00:00:02
ip -n s link set s1 up; ip -n s link set s2 up
# Permanent neighbours: no ARP probe adds to a path's counter.
ip -n r neigh add 10.2.0.2 lladdr 02:00:00:00:00:01 dev r1 nud permanent
ip -n r neigh add 10.3.0.2 lladdr 02:00:00:00:00:02 dev r2 nud permanent
ip -n c route add default via 10.1.0.1
ip -n s route add 10.1.0.0/24 via 10.2.0.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec r sysctl -qw net.ipv4.fib_multipath_hash_seed=777
ip -n r route add 172.20.0.0/24 nexthop via 10.2.0.2 dev r1 nexthop via 10.3.0.2 dev r2
sleep 0.3
ip netns exec s sysctl -qw net.ipv4.conf.all.rp_filter=0
ip netns exec s sysctl -qw net.ipv4.conf.s2.rp_filter=0
tx() { ip netns exec r cat /sys/class/net/$1/statistics/tx_packets; }
for i in 1 2 3 4 5 6 7 8; do
  a1=$(tx r1); a2=$(tx r2)
  ip netns exec c ping -c 1 -W 1 172.20.0.$i > /dev/null; echo ping $?
  echo "172.20.0.$i r1+$(( $(tx r1) - a1 )) r2+$(( $(tx r2) - a2 ))"
done
for i in 1 2 3 4 5 6 7 8; do ip -n r route get 172.20.0.$i from 10.1.0.2 iif rc | head -1; done
