# ip6tables REJECT on a host: INPUT (default type, tcp-reset), OUTPUT (the error comes back over lo).
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va up; ip -n b link set vb up; ip -n a link set lo up; ip -n b link set lo up
ip -n a -6 addr add 2001:db8:1::1/64 dev va nodad
ip -n b -6 addr add 2001:db8:1::2/64 dev vb nodad
ip netns exec b ip6tables -A INPUT -p ipv6-icmp --icmpv6-type echo-request -j REJECT
ip netns exec b ip6tables -A INPUT -p tcp --dport 80 -j REJECT --reject-with tcp-reset
ip netns exec a ping -c 1 -W 1 2001:db8:1::2 | grep -E 'From|received'
ip netns exec a nc -6 -v -w 1 2001:db8:1::2 80; echo rc=$?
ip netns exec a ip6tables -A OUTPUT -d 2001:db8:1::2 -p ipv6-icmp --icmpv6-type echo-request -j REJECT --reject-with icmp6-adm-prohibited
ip netns exec a ping -c 1 -W 1 2001:db8:1::2 | grep -E 'From|received'
ip netns exec a ip6tables -A OUTPUT -d 2001:db8:1::2 -p tcp -j REJECT --reject-with tcp-reset
ip netns exec a nc -6 -v -w 1 2001:db8:1::2 22; echo rc=$?
ip netns exec b ip6tables -nvxL INPUT
ip netns exec a ip6tables -nvxL OUTPUT
ip netns exec a nstat -az Icmp6InDestUnreachs Icmp6OutDestUnreachs Icmp6InAdminProhibs Icmp6OutAdminProhibs TcpInRsts TcpOutRsts
ip netns exec b nstat -az Icmp6OutDestUnreachs TcpOutRsts
