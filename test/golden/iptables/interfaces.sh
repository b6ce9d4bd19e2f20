iptables -A FORWARD -i eth+ -o veth0 -j ACCEPT
iptables -A FORWARD ! -i lo ! -o br-+ -j DROP
iptables -A INPUT -i lo -j ACCEPT
iptables -A OUTPUT -o lo -j ACCEPT
iptables -A INPUT -o eth0 -j ACCEPT; echo "rc=$?"
iptables -A OUTPUT -i eth0 -j ACCEPT; echo "rc=$?"
iptables -t nat -A PREROUTING -o eth0 -j ACCEPT; echo "rc=$?"
iptables -t nat -A POSTROUTING -i eth0 -j ACCEPT; echo "rc=$?"
iptables -A FORWARD -i abcdefghijklmnopq -j ACCEPT; echo "rc=$?"
iptables -A FORWARD -i abcdefghijklmno -j ACCEPT; echo "rc=$?"
iptables -A FORWARD -i "" -j ACCEPT; echo "rc=$?"
iptables -A FORWARD -i a/b -j ACCEPT; echo "rc=$?"
iptables -A FORWARD -i + -j ACCEPT; echo "rc=$?"
iptables -S
iptables -L -v
iptables -L -v -n
