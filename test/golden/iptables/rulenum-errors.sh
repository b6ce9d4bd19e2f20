# -I/-R/-D by number: valid positions, and the errors for bad numbers.
iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables -A INPUT -s 10.0.0.2 -j ACCEPT
iptables -I INPUT 3 -s 10.0.0.3 -j ACCEPT; echo rc=$?
iptables -I INPUT 5 -s 10.0.0.5 -j ACCEPT; echo rc=$?
iptables -I INPUT 0 -s 10.0.0.5 -j ACCEPT; echo rc=$?
iptables -I INPUT -1 -s 10.0.0.5 -j ACCEPT; echo rc=$?
iptables -I INPUT 1 -s 10.0.0.9 -j DROP; echo rc=$?
iptables -R INPUT 2 -s 10.0.0.11 -j DROP; echo rc=$?
iptables -R INPUT 9 -s 10.0.0.11 -j DROP; echo rc=$?
iptables -R INPUT -s 10.0.0.11 -j DROP; echo rc=$?
iptables -R INPUT 0 -j DROP; echo rc=$?
iptables -D INPUT 7; echo rc=$?
iptables -D INPUT 0; echo rc=$?
iptables -D INPUT abc; echo rc=$?
iptables -D INPUT -s 10.9.9.9 -j ACCEPT; echo rc=$?
iptables -D INPUT 2; echo rc=$?
iptables -D NOPE 1; echo rc=$?
iptables -A NOPE -j ACCEPT; echo rc=$?
iptables -I NOPE 1 -j ACCEPT; echo rc=$?
iptables -L NOPE; echo rc=$?
iptables -L INPUT 9; echo rc=$?
iptables -S INPUT 9; echo rc=$?
iptables -L INPUT -n --line-numbers
