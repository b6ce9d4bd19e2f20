iptables -A INPUT -j LOG
iptables -A INPUT -j LOG --log-prefix "IN: " --log-level info
iptables -A INPUT -j LOG --log-level 7 --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid
iptables -A INPUT -j LOG --log-level emerg --log-prefix plain
iptables -A INPUT -j LOG --log-macdecode --log-level alert
iptables -A INPUT -j LOG --log-prefix "a prefix that is much too long for the kernel"
iptables -A INPUT -j LOG --log-level crit
iptables -A INPUT -j LOG --log-level warning
iptables -A INPUT -j LOG --log-level bogus; echo "rc=$?"
iptables -A INPUT -j LOG --log-level 8; echo "rc=$?"
iptables -A INPUT -j LOG --log-prefix ""; echo "rc=$?"
iptables -A INPUT -j LOG --log-prefix a --log-prefix b; echo "rc=$?"
iptables -S
iptables -L
iptables -L -n
