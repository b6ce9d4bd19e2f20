iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --sport 1024:65535 --dport 80 -j ACCEPT
iptables -A INPUT -p tcp ! --dport 443 -j ACCEPT
iptables -A INPUT -p tcp --dport :1023 -j ACCEPT
iptables -A INPUT -p tcp --sport 8000: -j ACCEPT
iptables -A INPUT -p tcp --dport ssh -j ACCEPT
iptables -A INPUT -p tcp --destination-port http -j ACCEPT
iptables -A INPUT -p tcp --source-port 53 --dport 53 -j ACCEPT
iptables -A INPUT -p tcp -m tcp --dport 25 -j ACCEPT
iptables -A INPUT -p tcp --dport 0x50 -j ACCEPT
iptables -A INPUT -p tcp --dport 99999 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p tcp --dport 90:80 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p tcp --dport nosuchservice -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p tcp --dport 1 --dport 2 -j ACCEPT; echo "rc=$?"
iptables -A INPUT --dport 22 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p udp -m tcp --dport 22 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p tcp --dport; echo "rc=$?"
iptables -S
iptables -L
iptables -L -n
