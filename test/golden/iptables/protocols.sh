iptables -A INPUT -p tcp
iptables -A INPUT -p UDP
iptables -A INPUT -p 1
iptables -A INPUT -p 47
iptables -A INPUT ! -p icmp
iptables -A INPUT -p all
iptables -A INPUT -p 0
iptables -A INPUT -p sctp
iptables -A INPUT -p 200
iptables -A INPUT -p esp
iptables -A INPUT -p ipv6-icmp
iptables -A INPUT -p foo; echo "rc=$?"
iptables -A INPUT -p 256; echo "rc=$?"
iptables -A INPUT ! -p all; echo "rc=$?"
iptables -A INPUT -p tcp -p udp; echo "rc=$?"
iptables -S
iptables -L
iptables -L -n
