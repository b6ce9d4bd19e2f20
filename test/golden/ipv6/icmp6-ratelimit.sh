# ICMPv6 error rate limits on a router (icmpv6_xrlim_allow): with net.ipv6.icmp.ratelimit at 10 s
# a burst of hop-limit-exceeded pings gets 6 errors (the destination's inet_peer burst), the rest count
# as Icmp6OutRateLimitHost; ratemask without type 3 or ratelimit 0 lifts the limit; Packet Too Big is
# limited only once type 2 is in the mask; ratemask writes are parsed as a bitmap list.
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
ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=1
ip netns exec r sysctl net.ipv6.icmp.ratelimit net.ipv6.icmp.ratemask
ip netns exec a ping -c 2 -i 0.2 -q 2001:db8:2::2 | grep received
ip netns exec r sysctl -w net.ipv6.icmp.ratelimit=10000
ip netns exec a ping -c 12 -i 0.01 -W 1 -t 1 2001:db8:2::2 | grep -c 'Time exceeded'
ip netns exec r nstat -az Icmp6OutTimeExcds Icmp6OutRateLimitHost Icmp6OutErrors
ip netns exec a ping -c 3 -i 0.01 -W 1 2001:db8:3::1 | grep -c 'No route'
ip netns exec b ping -c 8 -i 0.01 -W 1 -t 1 2001:db8:1::2 | grep -c 'Time exceeded'
ip netns exec r sysctl -w net.ipv6.icmp.ratemask=0-1,4-127
ip netns exec a ping -c 5 -i 0.01 -W 1 -t 1 2001:db8:2::2 | grep -c 'Time exceeded'
ip netns exec r sysctl -w net.ipv6.icmp.ratemask=0-127 net.ipv6.icmp.ratelimit=0
ip netns exec a ping -c 5 -i 0.01 -W 1 -t 1 2001:db8:2::2 | grep -c 'Time exceeded'
ip netns exec r sysctl -w net.ipv6.icmp.ratelimit=10000
ip -n r link set rb mtu 1280
ip netns exec a ping -c 4 -i 0.01 -W 1 -s 1400 -M do 2001:db8:2::2 | grep -c 'Packet too big'
ip netns exec r sysctl -w net.ipv6.icmp.ratemask=0-1,3-127
ip netns exec a ping -c 4 -i 0.01 -W 1 -s 1400 -M do 2001:db8:2::2 | grep -c 'Packet too big'
ip netns exec r nstat -az Icmp6OutTimeExcds Icmp6OutRateLimitHost Icmp6OutDestUnreachs Icmp6OutPktTooBigs
ip netns exec r sysctl -w net.ipv6.icmp.ratemask=foo; echo rc=$?
ip netns exec r sysctl -w net.ipv6.icmp.ratemask=0-300; echo rc=$?
ip netns exec r sysctl -w net.ipv6.icmp.ratemask=; echo rc=$?
ip netns exec r sysctl net.ipv6.icmp.ratemask
ip netns exec r sysctl -w net.ipv6.icmp.ratemask=1,3,5-7; echo rc=$?
ip netns exec r sysctl net.ipv6.icmp.ratemask
