iptables -F; echo "rc=$?"
iptables-save; echo "nothing created: rc=$?"
iptables -A INPUT -j ACCEPT
iptables -A OUTPUT -j ACCEPT
iptables -N X
iptables -A X -j DROP
iptables -F INPUT; echo "rc=$?"
iptables -S
iptables -F NOPE; echo "rc=$?"
iptables -v -F; echo "rc=$?"
iptables -S
iptables -t nat -F; echo "rc=$?"
iptables -t nat -v -F; echo "rc=$?"
iptables -t nat -S
