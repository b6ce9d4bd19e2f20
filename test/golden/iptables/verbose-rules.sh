iptables -v -A INPUT -s 10.0.0.0/8 -p tcp --dport 80 -j ACCEPT
iptables -v -A INPUT -i eth0 ! -d 1.2.3.4 -p udp ! --sport 53 -j DROP
iptables -v -I INPUT -f -j DROP
iptables -N CH
iptables -v -A INPUT -g CH
iptables -v -A INPUT -j CH
iptables -v -A OUTPUT -o lo -m comment --comment "lo out" -j LOG --log-prefix X
iptables -v -A INPUT -s 1.1.1.1,2.2.2.2 -j ACCEPT
iptables -v -A INPUT -m mark --mark 3 -j MARK --set-mark 4; echo "rc=$?"
iptables -v -D INPUT -s 2.2.2.2 -j ACCEPT
iptables -v -C INPUT -s 1.1.1.1 -j ACCEPT
iptables -v -R INPUT 1 -p icmp --icmp-type 8 -j ACCEPT
