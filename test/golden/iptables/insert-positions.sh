iptables -I INPUT -s 1.1.1.1 -j ACCEPT
iptables -I INPUT -s 2.2.2.2 -j ACCEPT
iptables -I INPUT 2 -s 3.3.3.3 -j ACCEPT
iptables -I INPUT 4 -s 4.4.4.4 -j ACCEPT
iptables -I INPUT 6 -s 5.5.5.5 -j ACCEPT; echo "rc=$?"
iptables -I INPUT 0 -j ACCEPT; echo "rc=$?"
iptables -I INPUT x -j ACCEPT; echo "rc=$?"
iptables -I OUTPUT 2 -j ACCEPT; echo "rc=$?"
iptables -I OUTPUT 1 -j DROP; echo "rc=$?"
iptables -S
