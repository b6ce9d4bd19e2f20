iptables -A INPUT -p tcp --syn -j ACCEPT
iptables -A INPUT -p tcp ! --syn -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags ALL NONE -j DROP
iptables -A INPUT -p tcp --tcp-flags ALL ALL -j DROP
iptables -A INPUT -p tcp --tcp-flags fin,psh,urg fin,psh,urg -j DROP
iptables -A INPUT -p tcp ! --tcp-flags RST RST -j ACCEPT
iptables -A INPUT -p tcp --tcp-option 2 -j ACCEPT
iptables -A INPUT -p tcp ! --tcp-option 8 --dport 80 -j ACCEPT
iptables -A INPUT -p tcp -m tcp -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags SYN -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p tcp --tcp-flags SYN,BOGUS SYN -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p tcp --syn --tcp-flags ALL SYN -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p tcp --tcp-option 0 -j ACCEPT; echo "rc=$?"
iptables -S
iptables -L
iptables -L -n
