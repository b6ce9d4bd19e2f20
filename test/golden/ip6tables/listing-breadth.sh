# ip6tables breadth: icmpv6 types, addresses, hl, frag, ipv6header names, REJECT, NAT66 rules; -L/-S/save and nft's view; errors
ip6tables -A INPUT -p ipv6-icmp --icmpv6-type echo-request -m limit --limit 5/s -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbour-solicitation -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/3 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/32 -d fe80::/10 -p tcp --dport 22 -j ACCEPT
ip6tables -A INPUT -m hl --hl-eq 255 -j ACCEPT
ip6tables -A INPUT -m conntrack --ctstate INVALID -j DROP
ip6tables -A INPUT -j REJECT --reject-with icmp6-port-unreachable
ip6tables -A INPUT -s 1.2.3.4 -j DROP; echo rc=$?
ip6tables -A INPUT -p icmp --icmp-type echo-request -j DROP; echo rc=$?
ip6tables -A INPUT -p icmpv6 --icmpv6-type foo -j DROP; echo rc=$?
ip6tables -A INPUT -m frag --fragmore -j DROP
ip6tables -A INPUT -m ipv6header --header frag --soft -j DROP
ip6tables -t nat -A POSTROUTING -s fd00::/64 -j MASQUERADE
ip6tables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination [fd00::2]:8080
ip6tables -t mangle -A POSTROUTING -j HL --hl-set 64
ip6tables -L -n -v --line-numbers
ip6tables -L
ip6tables -S
ip6tables-save | grep -v '^#'
ip6tables -t nat -L -n
nft list table ip6 filter
ip6tables -D INPUT 3; ip6tables -D INPUT -m hl --hl-eq 255 -j ACCEPT; ip6tables -L INPUT --line-numbers -n
ip6tables -P INPUT DROP; ip6tables -P FORWARD foo; echo rc=$?
ip6tables -L INPUT -n | head -1
