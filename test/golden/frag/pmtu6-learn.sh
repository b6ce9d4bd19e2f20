# IPv6 path MTU discovery through a router whose next hop has MTU 1280:
# Packet Too Big teaches a the path MTU (ip -6 route get: cache expires/mtu),
# a -M do ping then fails locally and a default ping is fragmented at the
# source; the counters show fragments made, reassembled and sent.
ip netns add a
ip netns add r
ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
for x in "a va" "r ra" "r rb" "b vb"; do set -- $x; ip -n $1 link set $2 up; done
ip -n r link set rb mtu 1280
ip -n b link set vb mtu 1280
ip -n a -6 addr add 2001:db8:1::2/64 dev va nodad
ip -n r -6 addr add 2001:db8:1::1/64 dev ra nodad
ip -n r -6 addr add 2001:db8:2::1/64 dev rb nodad
ip -n b -6 addr add 2001:db8:2::2/64 dev vb nodad
ip -n a -6 route add default via 2001:db8:1::1
ip -n b -6 route add default via 2001:db8:2::1
ip netns exec r sysctl -qw net.ipv6.conf.all.forwarding=1
sleep 2
ip netns exec a ping -c 1 -W 2 2001:db8:2::2 | grep -c "bytes from"
ip netns exec a ping -c 1 -W 1 -s 1400 2001:db8:2::2 | sed 's/time=.*//'
ip -n a -6 route get 2001:db8:2::2
ip netns exec a ping -c 1 -W 1 -s 1400 -M do 2001:db8:2::2 | sed 's/time=.*//'
ip netns exec a ping -c 1 -W 1 -s 1400 2001:db8:2::2 | sed 's/time=.*//'
ip netns exec a ping -c 1 -W 1 -s 3000 2001:db8:2::2 | sed 's/time=.*//'
ip -n a -6 route show cache
ip -n a -6 route
for n in a r b; do echo "== $n"; ip netns exec $n cat /proc/net/snmp6 | grep -E "^Ip6(Reasm|Frag|InTooBig)|^Icmp6(InPktTooBigs|OutPktTooBigs) "; done
ip netns exec a nstat -az Ip6FragCreates Ip6ReasmOKs Icmp6InPktTooBigs
ip -n a -6 route flush cache; echo "rc=$?"
ip -n a -6 route get 2001:db8:2::2
ip -n a -6 route show cache
ip netns exec a ping -c 1 -W 1 -s 1400 -M do 2001:db8:2::2 | sed 's/time=.*//'
ip -6 -n a route show cache table all
