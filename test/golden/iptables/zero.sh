iptables -A INPUT -j ACCEPT
iptables -N X
iptables -A X -j RETURN
iptables -Z; echo "rc=$?"
iptables -Z INPUT; echo "rc=$?"
iptables -Z INPUT 1; echo "rc=$?"
iptables -Z INPUT 5; echo "rc=$?"
iptables -Z NOPE; echo "rc=$?"
iptables -v -Z; echo "rc=$?"
iptables -v -Z X; echo "rc=$?"
iptables -L -Z -v -n; echo "rc=$?"
iptables -S -Z; echo "rc=$?"
iptables -Z -F; echo "rc=$?"
