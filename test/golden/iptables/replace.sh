iptables -A INPUT -s 1.1.1.1 -j ACCEPT
iptables -A INPUT -s 2.2.2.2 -j ACCEPT
iptables -R INPUT 2 -s 9.9.9.9 -j DROP; echo "rc=$?"
iptables -R INPUT 3 -j DROP; echo "rc=$?"
iptables -R INPUT -j DROP; echo "rc=$?"
iptables -R OUTPUT 1 -j DROP; echo "rc=$?"
iptables -R INPUT 1 -s 1.1.1.1,2.2.2.2 -j DROP; echo "rc=$?"
iptables -v -R INPUT 1 -p udp --sport 53 -j ACCEPT; echo "rc=$?"
iptables -S INPUT
