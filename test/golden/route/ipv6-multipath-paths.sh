# The sibling IPv6 pings take (rt6_multipath_hash with a fixed seed, policy 0):
# local pings hash source ::, ICMPv6 and no flow label (as route get ipproto
# ipv6-icmp); forwarded ones the packet's addresses, flow label (0: the sender's
# auto_flowlabels off) and next header. The next hop asked for shows the path.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
for d in lo veth0 veth1 veth2 veth3; do ip link set $d up; done
ip -6 addr add 2001:db8:1::1/64 dev veth0 nodad
ip -6 addr add 2001:db8:2::1/64 dev veth2 nodad
sysctl -q -w net.ipv4.fib_multipath_hash_seed=1234
ip -6 route add 2001:db8:a::/64 nexthop via 2001:db8:1::2 dev veth0 nexthop via 2001:db8:2::2 dev veth2
for i in 1 2 3 4 5 6 7 8; do
  ping -6 -c1 -W0.2 2001:db8:a::$i | grep -c "100% packet loss"
  ip -6 neigh show | grep 2001 | cut -d' ' -f1-3
  ip -6 neigh flush all
  ip -6 route get 2001:db8:a::$i ipproto ipv6-icmp | cut -d' ' -f1-7
done
ip -6 route del 2001:db8:a::/64
ip -6 neigh flush all
ip netns add h
ip link add vh type veth peer name eth0 netns h
ip link set vh up
ip -n h link set lo up
ip -n h link set eth0 up
ip netns exec h sysctl -q -w net.ipv6.auto_flowlabels=0
ip -6 addr add 2001:db8:f::1/64 dev vh nodad
ip -n h -6 addr add 2001:db8:f::2/64 dev eth0 nodad
ip -n h -6 route add default via 2001:db8:f::1
sysctl -q -w net.ipv6.conf.all.forwarding=1
ip -6 route add 2001:db8:a::/64 nexthop via 2001:db8:1::2 dev veth0 nexthop via 2001:db8:2::2 dev veth2
sleep 2
for i in 1 2 3 4 5 6 7 8; do
  ip netns exec h ping -6 -c1 -W0.3 2001:db8:a::$i | grep -c "100% packet loss"
  ip -6 neigh show | grep "2001:db8:[12]::2" | cut -d' ' -f1-3
  ip -6 neigh flush dev veth0; ip -6 neigh flush dev veth2
done
ip netns del h
