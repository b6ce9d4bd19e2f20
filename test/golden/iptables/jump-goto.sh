iptables -N SUB
iptables -N SUB2
iptables -A INPUT -p tcp -j SUB
iptables -A INPUT -p udp -g SUB2
iptables -A SUB -j RETURN
iptables -A SUB2 -s 10.0.0.0/8 -j SUB
iptables -A FORWARD -j NOSUCH; echo "rc=$?"
iptables -A FORWARD -g NOSUCH; echo "rc=$?"
iptables -A FORWARD -j ""; echo "rc=$?"
iptables -A FORWARD -j 'a b'; echo "rc=$?"
iptables -A FORWARD -j abcdefghijklmnopqrstuvwxyz1234; echo "rc=$?"
iptables -A FORWARD -j SUB -g SUB2; echo "rc=$?"
iptables -S
iptables -L -n
iptables -L -v
