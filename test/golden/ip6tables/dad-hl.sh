# The HL target rewrites the hop limit: b's DAD solicitation leaves with hop
# limit 64, so a (holding the same address) counts it in INPUT but neighbour
# discovery ignores it (only 255 is valid): no advertisement, and b's address
# passes DAD although it is a duplicate.
ip netns add a
ip netns add b
ip link add va netns a address 02:00:00:00:00:01 type veth peer name vb netns b address 02:00:00:00:00:01
ip netns exec b sysctl -qw net.ipv6.conf.vb.disable_ipv6=1
ip netns exec a ip6tables -A INPUT -p icmpv6 --icmpv6-type 135 -m hl --hl-eq 64
ip netns exec a ip6tables -A OUTPUT -p icmpv6 --icmpv6-type 136
ip netns exec b ip6tables -t mangle -A POSTROUTING -p icmpv6 --icmpv6-type 135 -j HL --hl-set 64
ip -n a link set va up
ip -n b link set vb up
sleep 2
ip netns exec b sysctl -qw net.ipv6.conf.vb.disable_ipv6=0
sleep 3
ip -n a -6 -o addr show dev va | sed 's/ *valid_lft.*//'
ip -n b -6 -o addr show dev vb | sed 's/ *valid_lft.*//'
ip netns exec a ip6tables -L -v -n -x | grep -v "^$"
ip netns exec b ip6tables -t mangle -L POSTROUTING -v -n -x
