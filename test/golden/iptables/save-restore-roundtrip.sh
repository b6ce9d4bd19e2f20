iptables -N WEB
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80,443 -j WEB
iptables -A WEB -m limit --limit 10/sec -j ACCEPT
iptables -A WEB -j LOG --log-prefix "web drop: "
iptables -A WEB -j DROP
iptables -P INPUT DROP
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables-save > /tmp/rules.v4
iptables -F; iptables -X; iptables -t nat -F
iptables -P INPUT ACCEPT
iptables -S
iptables-restore < /tmp/rules.v4; echo "rc=$?"
iptables-save | grep -v '^#'
iptables-save | iptables-restore; echo "rc=$?"
iptables -S
