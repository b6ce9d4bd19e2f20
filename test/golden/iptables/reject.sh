iptables -A INPUT -j REJECT
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
iptables -A INPUT -j REJECT --reject-with icmp-net-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-host-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-proto-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-net-prohibited
iptables -A INPUT -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -j REJECT --reject-with icmp-admin-prohibited
iptables -A INPUT -j REJECT --reject-with host-prohib
iptables -A INPUT -j REJECT --reject-with icmp-port
iptables -A INPUT -j REJECT --reject-with bogus; echo "rc=$?"
iptables -A INPUT -j REJECT --reject-with echo-reply; echo "rc=$?"
iptables -A INPUT -j REJECT --reject-with tcp-reset; echo "rc=$?"
iptables -t nat -A PREROUTING -j REJECT; echo "rc=$?"
iptables -t mangle -A PREROUTING -j REJECT; echo "rc=$?"
iptables -t mangle -A INPUT -j REJECT; echo "rc=$?"
iptables -S
iptables -L
