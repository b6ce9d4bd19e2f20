# IPv6 static routing with link-local next hops over two routers; a router whose only addresses are
# link-local cannot get its time exceeded past the next router (ip6_forward: beyond scope, InAddrErrors);
# ip -6 route get iif answers with iif, not src.
for n in a r1 r2 b; do ip netns add $n; ip -n $n link set lo up; done
ip link add eth0 netns a type veth peer name eth0 netns r1
ip link add eth1 netns r1 type veth peer name eth0 netns r2
ip link add eth1 netns r2 type veth peer name eth0 netns b
ip -n r1 link set eth0 addr 02:00:00:00:01:00; ip -n r1 link set eth1 addr 02:00:00:00:01:01
ip -n r2 link set eth0 addr 02:00:00:00:02:00; ip -n r2 link set eth1 addr 02:00:00:00:02:01
ip -n a link set eth0 addr 02:00:00:00:0a:00; ip -n b link set eth0 addr 02:00:00:00:0b:00
for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv6.conf.all.forwarding=1; done
ip -n a addr add 2001:db8:a::2/64 dev eth0 nodad
ip -n b addr add 2001:db8:b::2/64 dev eth0 nodad
for n in a r1 r2 b; do for d in eth0 eth1; do ip -n $n link set $d up 2>/dev/null; done; done
sleep 2
ip -n a -6 route add default via fe80::ff:fe00:100 dev eth0
ip -n r1 -6 route add 2001:db8:a::/64 via fe80::ff:fe00:a00 dev eth0
ip -n r1 -6 route add 2001:db8:b::/64 via fe80::ff:fe00:200 dev eth1
ip -n r2 -6 route add 2001:db8:a::/64 via fe80::ff:fe00:101 dev eth0
ip -n r2 -6 route add 2001:db8:b::/64 via fe80::ff:fe00:b00 dev eth1
ip -n b -6 route add default via fe80::ff:fe00:201 dev eth0
ip -n r1 -6 route add 2001:db8:c::/64 via fe80::1
ip -n r1 -6 route
ip -n a -6 route get 2001:db8:b::2
ip netns exec a ping -6 -c 2 -i 0.2 2001:db8:b::2 | grep -v rtt
ip netns exec a ping -6 -c 1 -t 2 2001:db8:b::2 | sed -n 2p
ip netns exec a ping -6 -c 1 -W 1 2001:db8:c::2 | sed -n '2p;/transmitted/p'
ip -n r1 -6 neigh show | sort
ip -n r2 -6 route get 2001:db8:a::2 from 2001:db8:b::2 iif eth1
ip netns exec r1 nstat -az Ip6OutForwDatagrams Icmp6OutTimeExcds Ip6InAddrErrors
ip -6 -n r1 route del 2001:db8:b::/64 via fe80::ff:fe00:200 dev eth1
ip netns exec a ping -6 -c 1 -W 1 2001:db8:b::2 | sed -n '2p;/transmitted/p'
