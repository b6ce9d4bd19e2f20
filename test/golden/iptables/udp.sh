iptables -A INPUT -p udp --dport 53 -j ACCEPT
iptables -A INPUT -p udp --sport 67:68 --dport 67:68 -j ACCEPT
iptables -A INPUT -p udp ! --sport 123 -j ACCEPT
iptables -A INPUT -p udp --dport domain -j ACCEPT
iptables -A INPUT -p udp -m udp -j ACCEPT
iptables -A INPUT -p udp --dport 70000 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p udp --dport 1:2:3 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p udp --dport 1 --dport 2 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p tcp -m udp --dport 53 -j ACCEPT; echo "rc=$?"
iptables -S
iptables -L
iptables -L -n
