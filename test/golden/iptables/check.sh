iptables -C INPUT -s 1.2.3.4 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -s 1.2.3.4 -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -m comment --comment web -j ACCEPT
iptables -C INPUT -s 1.2.3.4 -j ACCEPT; echo "rc=$?"
iptables -C INPUT -s 1.2.3.4/32 -j ACCEPT; echo "rc=$?"
iptables -C INPUT -s 1.2.3.5 -j ACCEPT; echo "rc=$?"
iptables -C INPUT -p tcp --dport 80 -m comment --comment web -j ACCEPT; echo "rc=$?"
iptables -C INPUT -p tcp --dport 80 -j ACCEPT; echo "rc=$?"
iptables -v -C INPUT -s 1.2.3.4 -j ACCEPT; echo "rc=$?"
iptables -C INPUT 1; echo "rc=$?"
