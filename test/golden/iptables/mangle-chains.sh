iptables -t mangle -A PREROUTING -j ACCEPT
iptables -t mangle -A INPUT -j ACCEPT
iptables -t mangle -A FORWARD -j ACCEPT
iptables -t mangle -A OUTPUT -j ACCEPT
iptables -t mangle -A POSTROUTING -j ACCEPT
iptables -t raw -A PREROUTING -j ACCEPT
iptables -t raw -A INPUT -j ACCEPT; echo "rc=$?"
iptables -t security -A INPUT -j ACCEPT
iptables -t security -A PREROUTING -j ACCEPT; echo "rc=$?"
iptables -t nat -A FORWARD -j ACCEPT; echo "rc=$?"
iptables-save | grep -v '^#'
