iptables -A INPUT -m limit -j ACCEPT
iptables -A INPUT -m limit --limit 5/min -j ACCEPT
iptables -A INPUT -m limit --limit 10/second --limit-burst 20 -j ACCEPT
iptables -A INPUT -m limit --limit 100/hour -j ACCEPT
iptables -A INPUT -m limit --limit 7/hour -j ACCEPT
iptables -A INPUT -m limit --limit 1/day -j ACCEPT
iptables -A INPUT -m limit --limit 3/s -j ACCEPT
iptables -A INPUT -m limit --limit 2/m -j ACCEPT
iptables -A INPUT -m limit --limit 5 -j ACCEPT
iptables -A INPUT -m limit --limit-burst 5 -j ACCEPT
iptables -A INPUT -m limit --limit 20000/sec -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m limit --limit 5/week -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m limit --limit 0/sec -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m limit --limit-burst 10001 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m limit ! --limit 5/sec -j ACCEPT; echo "rc=$?"
iptables -S
iptables -L -n
