iptables -A INPUT -c 5 300 -s 1.1.1.1 -j ACCEPT
iptables -A INPUT -c 99999 99999 -j ACCEPT
iptables -A INPUT -c 100000 1234567 -j ACCEPT
iptables -A INPUT --set-counters 123456789 987654321098 -j ACCEPT
iptables -A INPUT -c 9999999999999 99999999999999999 -j ACCEPT
iptables -I INPUT -c 1,2 -j DROP
iptables -P INPUT DROP -c 77 88
iptables -L -v
iptables -L -v -x
iptables -L -v -n --line-numbers
iptables -S -v
iptables-save -c | grep -v '^#'
iptables -Z INPUT 2
iptables -L INPUT -v -x
iptables -Z
iptables -L INPUT -v -x
