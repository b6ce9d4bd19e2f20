# REJECT and DROP in ip6tables OUTPUT: neighbour discovery and MLD go to
# multicast groups (or come from ::), which never get an ICMPv6 error, so
# REJECT with any --reject-with only drops them; nothing reaches the peer,
# and with nothing heard the address passes DAD. Policy counters count what
# the policy decided.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va address 02:00:00:00:00:0a
ip -n b link set vb address 02:00:00:00:00:0b
ip netns exec a ip6tables -A OUTPUT -p icmpv6 --icmpv6-type 143 -j REJECT
ip netns exec a ip6tables -A OUTPUT -p icmpv6 --icmpv6-type 135 -j REJECT --reject-with icmp6-adm-prohibited
ip netns exec a ip6tables -A OUTPUT -p icmpv6 --icmpv6-type 133 -j REJECT --reject-with icmp6-addr-unreachable
ip netns exec a ip6tables -P OUTPUT DROP
ip netns exec b ip6tables -P INPUT DROP
ip netns exec b ip6tables -t raw -A PREROUTING
ip -n a link set va up
ip -n b link set vb up
sleep 3
ip netns exec a ip6tables -L OUTPUT -v -n -x
ip netns exec b ip6tables -t raw -L PREROUTING -v -n -x
ip netns exec b ip6tables -L INPUT -v -n -x
ip -n a -6 -o addr show dev va | sed 's/ *valid_lft.*//'
ip -n a -s link show va | sed -n '4p;6p'
ip -n b -s link show vb | sed -n '4p'
