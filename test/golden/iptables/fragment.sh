iptables -A INPUT -f -j DROP
iptables -A INPUT ! -f -j ACCEPT
iptables -A INPUT -p tcp -f -j DROP
iptables -A INPUT --fragments -j DROP
iptables -A INPUT -f -f -j DROP; echo "rc=$?"
iptables -S
iptables -L -n
iptables -L -v -n
