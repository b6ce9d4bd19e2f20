# -L without -n: names for addresses, ports, protocols; "anywhere"; the default policy lines.
ip link set lo up
iptables -A INPUT -s 127.0.0.1 -j ACCEPT
iptables -A INPUT -s 10.0.0.0/8 -d 192.168.1.1 -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -j ACCEPT
iptables -A INPUT -p tcp --dport 443 -j ACCEPT
iptables -A INPUT -p udp --dport 53 -j ACCEPT
iptables -A INPUT -p tcp --sport 8080 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p 47 -j ACCEPT
iptables -A INPUT ! -s 10.0.0.1 -j DROP
iptables -A INPUT -i eth0 -j DROP
iptables -L INPUT
iptables -L INPUT -v
iptables -L INPUT -n
iptables -t nat -L
iptables -t mangle -L
iptables -t raw -L
iptables -L --line-numbers -t filter FORWARD
