iptables -A INPUT -s 10.0.0.0/8 -p udp -j DROP
iptables -t nat -A POSTROUTING -s 10.1.0.0/16 -j MASQUERADE
iptables -t mangle -A PREROUTING -j MARK --set-mark 7
iptables -N LOGGING
iptables -A LOGGING -j LOG --log-prefix "dropped: "
iptables-save
iptables-save -t filter
iptables-save -t raw
iptables-save -t bogus; echo "rc=$?"
