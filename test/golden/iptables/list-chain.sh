iptables -A INPUT -s 1.1.1.1 -j ACCEPT
iptables -A INPUT -p udp --dport 53 -j ACCEPT
iptables -N USER
iptables -L INPUT; echo "rc=$?"
iptables -L INPUT 2; echo "rc=$?"
iptables -L INPUT 3; echo "rc=$?"
iptables -S INPUT 2; echo "rc=$?"
iptables -S INPUT; echo "rc=$?"
iptables -L USER; echo "rc=$?"
iptables -S USER; echo "rc=$?"
iptables -L NOPE; echo "rc=$?"
iptables -S NOPE; echo "rc=$?"
iptables -L FORWARD -v; echo "rc=$?"
iptables -t nat -L PREROUTING -n; echo "rc=$?"
iptables -L INPUT x; echo "rc=$?"
