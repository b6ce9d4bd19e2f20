iptables -t raw -A PREROUTING -j NOTRACK
iptables -t raw -A PREROUTING -p udp -j CT --notrack
iptables -t raw -A OUTPUT -j CT --zone 5
iptables -t raw -A PREROUTING -j TRACE
iptables -t raw -A OUTPUT -p icmp -j TRACE
iptables -A INPUT -j NOTRACK; echo "rc=$?"
iptables -A INPUT -j TRACE; echo "rc=$?"
iptables -A INPUT -j CT --notrack; echo "rc=$?"
iptables -t raw -A OUTPUT -j CT --zone 70000; echo "rc=$?"
iptables -t raw -S
iptables -t raw -L
iptables -t raw -L -n -v
