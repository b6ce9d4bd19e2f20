iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables -A INPUT -d 192.168.0.0/16 -j DROP
iptables -A OUTPUT -p tcp -j ACCEPT
iptables -A FORWARD
iptables -S
iptables -L -n
iptables -L
