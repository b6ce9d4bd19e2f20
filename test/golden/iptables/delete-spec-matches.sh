# Deleting rules by specification with matches, comments and targets; -C checks; errors.
iptables -A INPUT -p tcp --dport 22 -m comment --comment "ssh" -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
iptables -A INPUT -s 10.0.0.0/8 -m state --state NEW -j DROP
iptables -A INPUT -p icmp --icmp-type echo-request -m limit --limit 1/s -j ACCEPT
iptables -C INPUT -p tcp --dport 22 -m comment --comment "ssh" -j ACCEPT; echo rc=$?
iptables -C INPUT -p tcp --dport 22 -j ACCEPT; echo rc=$?
iptables -D INPUT -p tcp --dport 22 -j ACCEPT; echo rc=$?
iptables -D INPUT -p tcp --dport 22 -m comment --comment "ssh" -j ACCEPT; echo rc=$?
iptables -D INPUT -p tcp -m multiport --dports 443,80 -j ACCEPT; echo rc=$?
iptables -D INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT; echo rc=$?
iptables -D INPUT -s 10.1.2.3/8 -m state --state NEW -j DROP; echo rc=$?
iptables -D INPUT -p icmp --icmp-type 8 -m limit --limit 1/sec -j ACCEPT; echo rc=$?
iptables -S
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
iptables -t nat -D PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8081; echo rc=$?
iptables -t nat -D PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080; echo rc=$?
iptables -t nat -D PREROUTING 1; echo rc=$?
iptables -t nat -L PREROUTING --line-numbers -n
