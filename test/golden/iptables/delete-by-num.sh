iptables -A INPUT -s 1.1.1.1
iptables -A INPUT -s 2.2.2.2
iptables -A INPUT -s 3.3.3.3
iptables -D INPUT 2; echo "rc=$?"
iptables -S INPUT
iptables -D INPUT 3; echo "rc=$?"
iptables -D INPUT 0; echo "rc=$?"
iptables -D FORWARD 1; echo "rc=$?"
iptables -D INPUT 1 -s 1.1.1.1; echo "rc=$?"
iptables -D INPUT 1 -v; echo "rc=$?"
iptables -S INPUT
