iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 0 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 3/4 -j ACCEPT
iptables -A INPUT -p icmp ! --icmp-type destination-unreachable -j ACCEPT
iptables -A INPUT -p icmp --icmp-type any -j ACCEPT
iptables -A INPUT -p icmp --icmp-type port-unreachable -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 11/1 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 42 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type ping -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-reply -j ACCEPT
iptables -A INPUT -p icmp --icmp-type bogus -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p icmp --icmp-type 256 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p icmp --icmp-type 3/300 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p icmp -m icmp -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p icmp --icmp-type 8 --icmp-type 0 -j ACCEPT; echo "rc=$?"
iptables -S
iptables -L
iptables -L -n
