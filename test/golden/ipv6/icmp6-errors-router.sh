# ICMPv6 errors users meet through a router: ip6tables REJECT with each type, host port unreachable,
# address unreachable, no route, reject routes, Packet Too Big after an MTU change, and the counters.
# (The router's ICMPv6 rate limit is lifted: ratelimit 0, so no error depends on how fast commands run.)
ip netns add a; ip netns add r; ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
for x in "a va" "r ra" "r rb" "b vb"; do set -- $x; ip -n $1 link set $2 up; done
ip -n a -6 addr add 2001:db8:1::2/64 dev va nodad
ip -n r -6 addr add 2001:db8:1::1/64 dev ra nodad
ip -n r -6 addr add 2001:db8:2::1/64 dev rb nodad
ip -n b -6 addr add 2001:db8:2::2/64 dev vb nodad
ip -n a -6 route add default via 2001:db8:1::1
ip -n b -6 route add default via 2001:db8:2::1
ip netns exec r sysctl -qw net.ipv6.conf.all.forwarding=1 net.ipv6.icmp.ratelimit=0
ip netns exec a ping -c 1 -q 2001:db8:2::2 | grep received
for t in icmp6-no-route no-route icmp6-adm-prohibited adm-prohibited icmp6-addr-unreachable addr-unreach icmp6-port-unreachable port-unreach tcp-reset; do
  ip netns exec r ip6tables -I FORWARD -d 2001:db8:2::2 -j REJECT --reject-with $t
  ip netns exec a ping -c 1 -W 1 2001:db8:2::2 | grep From
  ip netns exec r ip6tables -D FORWARD 1
done
ip netns exec r ip6tables -A FORWARD -p tcp -j REJECT --reject-with tcp-reset
ip netns exec a nc -6 -w 1 2001:db8:2::2 80; echo rc=$?
ip netns exec r ip6tables -S FORWARD
ip netns exec r ip6tables -F FORWARD
ip netns exec r ip6tables -A FORWARD -j REJECT --reject-with bogus 2>&1; echo rc=$?
ip netns exec a nc -6 -u -w 1 2001:db8:2::2 9 </dev/null; echo rc=$?
echo x | ip netns exec a nc -6 -u -w 1 2001:db8:2::2 9; echo rc=$?
ip netns exec a ping -c 1 -W 1 2001:db8:2::77 | grep From
ip -n r -6 route add unreachable 2001:db8:7::/64
ip -n r -6 route add prohibit 2001:db8:8::/64
ip -n r -6 route add blackhole 2001:db8:9::/64
for d in 2001:db8:7::1 2001:db8:8::1 2001:db8:9::1 2001:db8:6::1; do ip netns exec a ping -c 1 -W 1 $d | grep -E 'From|received'; done
ip -n r link set rb mtu 1280
ip netns exec a ping -c 2 -M do -s 1300 2001:db8:2::2 | grep -v rtt
ip -n a -6 route get 2001:db8:2::2 | sed 's/expires [0-9]*sec/expires Nsec/'
ip -n a -6 route show cache | sed 's/expires [0-9]*sec/expires Nsec/'
ip netns exec a ping -c 1 -s 1300 2001:db8:2::2 | grep -c 'bytes from'
ip netns exec r nstat -az Icmp6OutDestUnreachs Icmp6OutPktTooBigs Icmp6OutAdminProhibs Icmp6OutErrors Ip6InTooBigErrors
ip netns exec a nstat -az Icmp6InDestUnreachs Icmp6InPktTooBigs Icmp6InAdminProhibs Icmp6InErrors
