iptables -A INPUT -s 1.1.1.1 -j ACCEPT
iptables -N KEEP
iptables -A KEEP -j RETURN
printf '*filter\n-A INPUT -s 2.2.2.2 -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush; echo "rc=$?"
iptables -S
printf '*filter\n:KEEP - [0:0]\n-A KEEP -s 3.3.3.3 -j ACCEPT\nCOMMIT\n' | iptables-restore -n; echo "rc=$?"
iptables -S
printf '*filter\n-A INPUT -s 4.4.4.4 -j ACCEPT\nCOMMIT\n' | iptables-restore; echo "rc=$?"
iptables -S
