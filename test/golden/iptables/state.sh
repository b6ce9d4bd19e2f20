iptables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -m state --state NEW -j ACCEPT
iptables -A INPUT -m state ! --state INVALID -j ACCEPT
iptables -A INPUT -m state --state UNTRACKED -j ACCEPT
iptables -A INPUT -m state --state SNAT -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m state -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m state --state NEW, -j ACCEPT; echo "rc=$?"
iptables -S
iptables -L
iptables -D INPUT -m state --state NEW -j ACCEPT; echo "rc=$?"
iptables -D INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT; echo "rc=$?"
iptables -S
