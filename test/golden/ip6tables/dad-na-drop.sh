# Duplicate address detection against an address already in use: a's
# link-local address is valid when b (same MAC, so the same address) starts
# DAD; a answers b's solicitation (INPUT) with an advertisement to ff02::1
# (OUTPUT), and b's INPUT chain decides whether b hears it: with DROP, b's
# address becomes valid (a DROP in INPUT breaks neighbour discovery).
ip netns add a
ip netns add b
ip link add va netns a address 02:00:00:00:00:01 type veth peer name vb netns b address 02:00:00:00:00:01
ip netns exec b sysctl -qw net.ipv6.conf.vb.disable_ipv6=1
ip netns exec a ip6tables -P INPUT ACCEPT
ip netns exec a ip6tables -A INPUT -p icmpv6 --icmpv6-type 135
ip netns exec a ip6tables -A OUTPUT -p icmpv6 --icmpv6-type 136
ip netns exec b ip6tables -P INPUT ACCEPT
ip netns exec b ip6tables -A INPUT -p icmpv6 --icmpv6-type 136 -j DROP
ip -n a link set va up
ip -n b link set vb up
sleep 2
ip netns exec b sysctl -qw net.ipv6.conf.vb.disable_ipv6=0
sleep 3
ip -n a -6 -o addr show dev va | sed 's/ *valid_lft.*//'
ip -n b -6 -o addr show dev vb | sed 's/ *valid_lft.*//'
ip netns exec a ip6tables -L -v -n -x
ip netns exec b ip6tables -L INPUT -v -n -x
