iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024-65535
iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 5000 --random
iptables -t nat -A POSTROUTING -j MASQUERADE --random-fully
iptables -t nat -A POSTROUTING -s 10.0.0.0/24 -j SNAT --to-source 192.0.2.1
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 192.0.2.1-192.0.2.9:1000-2000 --random --persistent
iptables -t nat -A INPUT -j SNAT --to-source 192.0.2.2
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.2-10.0.0.5
iptables -t nat -A PREROUTING -p udp -j DNAT --to-destination :53
iptables -t nat -A OUTPUT -p tcp -j DNAT --to-destination 10.0.0.3:80-90 --persistent
iptables -t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 3128
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 8000-8010 --random
iptables -t nat -A OUTPUT -j REDIRECT
iptables -t nat -S
iptables -t nat -L
iptables -t nat -L -n -v
iptables-save -t nat | grep -v '^#'
