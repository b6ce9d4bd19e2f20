# A router with blackhole/unreachable/prohibit/throw routes: what hosts
# behind it hear when forwarding hits each, and its InNoRoutes counter.
ip netns add a
ip netns add r
ip link add va netns a type veth peer name ra netns r
ip -n a link set va up
ip -n r link set ra up
ip -n a -6 addr add 2001:db8:1::2/64 dev va nodad
ip -n r -6 addr add 2001:db8:1::1/64 dev ra nodad
ip -n a -6 route add default via 2001:db8:1::1
ip netns exec r sysctl -qw net.ipv6.conf.all.forwarding=1
ip -n r -6 route add blackhole 2001:db8:10::/48
ip -n r -6 route add unreachable 2001:db8:20::/48
ip -n r -6 route add prohibit 2001:db8:30::/48
ip -n r -6 route add throw 2001:db8:40::/48
ip -n r -6 route add unreachable 2001:db8:50::/48 dev ra
ip -n r -6 route add 2001:db8:60::/48 dev lo
ip -n r -6 route
for d in 10 20 30 40 50 60; do ip netns exec a ping -c 1 -W 1 2001:db8:$d::1 | grep -v "^$\|^---\|^rtt"; done
ip netns exec r grep -E "Ip6(OutNoRoutes|InDiscards|ForwDatagrams)|Icmp6OutDestUnreachs" /proc/net/snmp6
ip -n r -6 route get 2001:db8:60::1; echo "rc=$?"
ip -n r -6 route del 2001:db8:60::/48
ip -n r -6 route change unreachable 2001:db8:20::/48 proto static; echo "rc=$?"
ip -n r -6 route change prohibit 2001:db8:21::/48; echo "rc=$?"
ip -n r -6 route append unreachable 2001:db8:20::/48 metric 5; echo "rc=$?"
ip -n r -6 route prepend prohibit 2001:db8:20::/48 metric 7
ip -n r -6 route add 2001:db8:20::/48 dev ra; echo "rc=$?"
ip -n r -6 route add 2001:db8:1::/64 dev ra metric 300
ip -n r -6 route add 2001:db8:1::/64 dev lo metric 300; echo "rc=$?"
ip -n r -6 route
ip -n r -6 route flush type prohibit
ip -n r -6 -s route flush proto static
ip -n r -6 route
ip -n r link set lo up
ip -n r -6 route add blackhole default
ip -n r -6 route
ip -n r link set lo down
ip -n r -6 route
