iptables -A INPUT -m mac --mac-source 00:11:22:aa:bb:cc -j ACCEPT
iptables -A FORWARD -m mac ! --mac-source 0:1:2:3:4:5 -j DROP
iptables -A INPUT -m mac --mac-source 00:11:22:33:44 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m mac --mac-source 00:11:22:33:44:555 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m mac -j ACCEPT; echo "rc=$?"
iptables -A OUTPUT -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT; echo "rc=$?"
iptables -S
iptables -L
