iptables -A INPUT -p tcp -m multiport --dports 22,80,443 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --sports 1000:2000,3000 -j ACCEPT
iptables -A INPUT -p udp -m multiport --ports 53,123 -j ACCEPT
iptables -A INPUT -p tcp -m multiport ! --dports 8080,http -j ACCEPT
iptables -A INPUT -p tcp -m multiport --destination-ports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m multiport --dports 22 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p icmp -m multiport --dports 22 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p tcp -m multiport -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p tcp -m multiport --dports 22 --sports 80 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -p tcp -m multiport --dports 30:20 -j ACCEPT; echo "rc=$?"
iptables -S
iptables -L
iptables -L -n
