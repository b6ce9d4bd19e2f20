iptables -N A
iptables -N B
iptables -A B -j ACCEPT
iptables -N C
iptables -A INPUT -j C
iptables -X A; echo "rc=$?"
iptables -X A; echo "rc=$?"
iptables -X B; echo "rc=$?"
iptables -X C; echo "rc=$?"
iptables -X; echo "rc=$?"
iptables -S
iptables -X INPUT; echo "rc=$?"
iptables -P FORWARD DROP
iptables -X FORWARD; echo "rc=$?"
iptables -D INPUT -j C
iptables -F B
iptables -X; echo "rc=$?"
iptables -S
iptables-save
