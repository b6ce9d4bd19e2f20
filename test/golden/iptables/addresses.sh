iptables -A INPUT -s 10.1.2.3/24 -j ACCEPT
iptables -A INPUT -d 10.1.2.3/255.255.0.0 -j ACCEPT
iptables -A INPUT -s 10.0.0.0/255.0.255.0 -j ACCEPT
iptables -A INPUT ! -s 192.168.1.1 ! -d 172.16.0.0/12 -j ACCEPT
iptables -A INPUT -s 0.0.0.0/0 -d 0/0 -j ACCEPT
iptables -A INPUT -s 10 -j ACCEPT
iptables -A INPUT -s 10.2 -j ACCEPT
iptables -A INPUT -s 010.0.0.1 -j ACCEPT
iptables -A INPUT -s 0x0a000001 -j ACCEPT
iptables -A INPUT -s 1.1.1.1,2.2.2.2 -d 3.3.3.3,4.4.4.4 -j ACCEPT
iptables -A INPUT ! -s 1.1.1.1,2.2.2.2 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -s 1.2.3.400 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -s 1.2.3.4/33 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -s 1.2.3.4/255.0.255.256 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -s no.such.host.invalid -j ACCEPT; echo "rc=$?"
iptables -A INPUT -s 1.1.1.1 -s 2.2.2.2 -j ACCEPT; echo "rc=$?"
iptables -S
iptables -L -n
