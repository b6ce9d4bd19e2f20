iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.100 -j ACCEPT
iptables -A INPUT -m iprange ! --dst-range 192.168.1.10-192.168.1.20 -j ACCEPT
iptables -A INPUT -m iprange --src-range 1.1.1.1 --dst-range 2.2.2.2-2.2.2.3 -j ACCEPT
iptables -A INPUT -m iprange --src-range 10.0.0.9-10.0.0.1 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m iprange -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m iprange --src-range 1.2.3.300-1.2.3.4 -j ACCEPT; echo "rc=$?"
iptables -S
iptables -L
