# An ICMPv6 error about a tracked IPv6 flow is RELATED (the router has an
# unreachable route for the destination); conntrack(8)'s IPv6 options.
ip netns add a
ip netns add r
ip link add va netns a type veth peer name vr netns r
ip -n a addr add fd00:1::2/64 dev va nodad
ip -n r addr add fd00:1::1/64 dev vr nodad
ip -n a link set va up
ip -n r link set vr up
ip -n a route add default via fd00:1::1
ip -n r route add unreachable fd00:9::/64
ip netns exec r sysctl -qw net.ipv6.conf.all.forwarding=1
sleep 3
ip netns exec a ip6tables -A INPUT -m conntrack --ctstate RELATED
ip netns exec a ip6tables -A INPUT -m conntrack --ctstate ESTABLISHED
ip netns exec a ip6tables -A INPUT -m conntrack --ctstate NEW
ip netns exec a ip6tables -A INPUT -m conntrack --ctstate INVALID
ip netns exec a ip6tables -A INPUT -m conntrack --ctstate UNTRACKED
ip netns exec r ip6tables -A FORWARD -m state --state NEW
ip netns exec r ip6tables -A FORWARD -m state --state ESTABLISHED
ip netns exec a ping -6 -c 1 -W 1 fd00:9::1; echo "rc=$?"
ip netns exec a ping -6 -c 1 -W 1 fd00:1::1 >/dev/null; echo "rc=$?"
ip netns exec a ip6tables -L INPUT -v -n -x
ip netns exec r ip6tables -L FORWARD -v -n -x
ip netns exec a conntrack -L
ip netns exec r conntrack -L
ip netns exec a sysctl net.netfilter.nf_conntrack_icmpv6_timeout
ip netns exec a conntrack -G -p icmpv6 -s fd00:1::2 -d fd00:9::1 --icmpv6-type 128 --icmpv6-code 0 --icmpv6-id 5; echo "rc=$?"
ip netns exec a conntrack -C -f ipv6; echo "rc=$?"
ip netns exec a conntrack -S -f ipv6; echo "rc=$?"
ip netns exec a conntrack -L -f inet6; echo "rc=$?"
ip netns exec a conntrack -L -s fd00:1::2 -d 10.0.0.1; echo "rc=$?"
ip netns exec a conntrack -L -f ipv4 -s fd00:1::2; echo "rc=$?"
ip netns exec a conntrack -L -p icmpv6 --icmp-type 128; echo "rc=$?"
ip netns exec a conntrack -L -s fd00:1::2 -p icmpv6 --icmpv6-type 129; echo "rc=$?"
ip netns exec a conntrack -D -s fd00:1::2 -d fd00:1::1; echo "rc=$?"
ip netns exec a conntrack -L -d fd00:9::1; echo "rc=$?"
