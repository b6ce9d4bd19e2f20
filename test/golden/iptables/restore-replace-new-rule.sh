# iptables-restore 1.8.9 crashes (SIGSEGV) when -R names a rule added earlier in the same batch;
# nothing of the batch is committed. -R of a committed rule and -I/-D in a batch work.
iptables -A INPUT -p tcp -j ACCEPT
printf '*filter\n-I INPUT 1 -p icmp -j ACCEPT\n-R INPUT 1 -p icmp --icmp-type 8 -j ACCEPT\nCOMMIT\n' > /tmp/r1
{ iptables-restore --noflush < /tmp/r1; } 2>/dev/null; echo rc=$?
iptables -S INPUT
printf '*filter\n-A INPUT -p udp -j ACCEPT\n-R INPUT 2 -p udp --dport 53 -j ACCEPT\nCOMMIT\n' > /tmp/r2
{ iptables-restore --noflush /tmp/r2; } 2>/dev/null; echo rc=$?
iptables -S INPUT
printf '*filter\n-A INPUT -p udp -j ACCEPT\n-R INPUT 1 -p udp --dport 53 -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S INPUT
printf '*filter\n-D INPUT -p tcp -j ACCEPT\n-I INPUT 1 -p icmp -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
iptables -S INPUT
printf '*filter\n-A INPUT -j DROP\n-R INPUT 3 -j REJECT\nCOMMIT\n' > /tmp/r3
{ iptables-restore < /tmp/r3; } 2>/dev/null; echo rc=$?
iptables -S INPUT
printf '*filter\n-A INPUT -j DROP\n-R INPUT 3 -j REJECT\nCOMMIT\n' | iptables-restore --test; echo rc=$?
iptables -S INPUT
