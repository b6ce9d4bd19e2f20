# ip6tables icmp6 match: -p ipv6-icmp / icmpv6 / 58 load it; -L names types unless -n.
ip6tables -A INPUT -p ipv6-icmp --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbour-solicitation -j ACCEPT
ip6tables -A INPUT -p 58 --icmpv6-type 136 -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp ! --icmpv6-type router-advertisement -j DROP
ip6tables -A INPUT -p ipv6-icmp --icmpv6-type 1/4 -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp --icmpv6-type 1/9 -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp ! --icmpv6-type 200 -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp -m ipv6-icmp --icmpv6-type pong -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp -m icmpv6 --icmpv6-type ping -j ACCEPT
ip6tables -L INPUT
ip6tables -L INPUT -n
ip6tables -L INPUT -v --line-numbers
ip6tables -S INPUT
iptables -A INPUT -p icmp -m icmpv6 --icmpv6-type 1; echo rc=$?
iptables -A INPUT -p ipv6-icmp --icmpv6-type 1; echo rc=$?
