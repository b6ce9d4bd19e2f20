iptables -A INPUT -s 1.1.1.1 -j ACCEPT
iptables -A INPUT -s 2.2.2.2 -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -s 1.1.1.1 -j ACCEPT
iptables -D INPUT -s 1.1.1.1 -j ACCEPT; echo "rc=$?"
iptables -S INPUT
iptables -D INPUT -s 2.2.2.2 -p tcp --dport 22 -j ACCEPT; echo "rc=$?"
iptables -D INPUT -s 2.2.2.2 -p tcp --dport 23 -j ACCEPT; echo "rc=$?"
iptables -D INPUT -s 1.1.1.1 -j DROP; echo "rc=$?"
iptables -D OUTPUT -j ACCEPT; echo "rc=$?"
iptables -D INPUT -s 1.1.1.1 -j ACCEPT -v; echo "rc=$?"
iptables -S
