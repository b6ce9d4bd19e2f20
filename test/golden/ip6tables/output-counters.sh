# IPv6 traffic a device sends by itself (MLD reports, the DAD solicitation, a
# router solicitation) runs through ip6tables OUTPUT and POSTROUTING, in the
# raw, mangle, filter and security tables, and into the peer's PREROUTING;
# ICMPv6 neighbour discovery and MLD are never tracked by conntrack (state
# UNTRACKED). Dropping the solicitation keeps it off the wire.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va address 02:00:00:00:00:0a
ip -n b link set vb address 02:00:00:00:00:0b
ip netns exec a ip6tables -t raw -A OUTPUT -s ::/128
ip netns exec a ip6tables -t raw -A OUTPUT -s fe80::/10 -d ff02::2
ip netns exec a ip6tables -t mangle -A OUTPUT -o va -p icmpv6 --icmpv6-type 143
ip netns exec a ip6tables -t mangle -A OUTPUT -m hl --hl-eq 255
ip netns exec a ip6tables -t mangle -A OUTPUT -p icmpv6 --icmpv6-type router-solicitation
ip netns exec a ip6tables -A OUTPUT -m state --state UNTRACKED
ip netns exec a ip6tables -A OUTPUT -m conntrack --ctstate NEW,ESTABLISHED,INVALID
ip netns exec a ip6tables -A OUTPUT -p icmpv6 --icmpv6-type neighbour-solicitation -j DROP
ip netns exec a ip6tables -A OUTPUT -p ipv6-icmp
ip netns exec a ip6tables -A OUTPUT -p hopopt
ip netns exec a ip6tables -A OUTPUT -m pkttype --pkt-type multicast
ip netns exec a ip6tables -A OUTPUT -m length --length 76
ip netns exec a ip6tables -t security -A OUTPUT -d ff02::16
ip netns exec a ip6tables -t mangle -A POSTROUTING -o va
ip netns exec a ip6tables -t mangle -A POSTROUTING ! -o va
ip netns exec b ip6tables -t raw -A PREROUTING -i vb
ip netns exec b ip6tables -t mangle -A PREROUTING -s fe80::ff:fe00:a -p icmpv6 --icmpv6-type 143
ip netns exec b ip6tables -t mangle -A PREROUTING -p icmpv6 --icmpv6-type 135
ip netns exec b ip6tables -A INPUT
ip -n a link set va up
ip -n b link set vb up
sleep 3
ip netns exec a ip6tables-save -c -t raw | grep -v '^#'
ip netns exec a ip6tables -t mangle -L -v -n -x
ip netns exec a ip6tables -L OUTPUT -v -n -x --line-numbers
ip netns exec a ip6tables -t security -L OUTPUT -v -n -x
ip netns exec b ip6tables -t raw -L PREROUTING -v -n -x
ip netns exec b ip6tables -t mangle -L PREROUTING -v -n -x
ip netns exec b ip6tables -L INPUT -v -n -x
ip -n a -6 addr show dev va
