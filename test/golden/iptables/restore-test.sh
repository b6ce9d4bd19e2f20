iptables -A INPUT -s 1.1.1.1 -j ACCEPT
printf '*filter\n-A INPUT -s 2.2.2.2 -j ACCEPT\nCOMMIT\n' | iptables-restore --test; echo "rc=$?"
iptables -S
printf '*filter\n-A INPUT -s 2.2.2.2 -j BOGUSCHAIN\nCOMMIT\n' | iptables-restore -t; echo "rc=$?"
printf '*filter\n-A INPUT -s 2.2.2.2 --bogus\nCOMMIT\n' | iptables-restore -t; echo "rc=$?"
iptables -S
