iptables -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
iptables -A INPUT -m addrtype --src-type BROADCAST,MULTICAST -j DROP
iptables -A INPUT -m addrtype ! --dst-type UNICAST --limit-iface-in -j ACCEPT
iptables -A OUTPUT -m addrtype --src-type LOCAL --limit-iface-out -j ACCEPT
iptables -A INPUT -m addrtype --dst-type local -j ACCEPT
iptables -A INPUT -m addrtype --dst-type unreach -j ACCEPT
iptables -A INPUT -m addrtype -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m addrtype --dst-type BOGUS -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m addrtype --dst-type LOCAL, -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m addrtype --dst-type LOCAL --limit-iface-in --limit-iface-out -j ACCEPT; echo "rc=$?"
iptables -A OUTPUT -m addrtype --dst-type LOCAL --limit-iface-in -j ACCEPT; echo "rc=$?"
iptables -S
iptables -L -n
