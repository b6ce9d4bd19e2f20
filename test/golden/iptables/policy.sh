iptables -P INPUT DROP; echo "rc=$?"
iptables -P FORWARD DROP; echo "rc=$?"
iptables -P OUTPUT ACCEPT; echo "rc=$?"
iptables -P INPUT FOO; echo "rc=$?"
iptables -P FOO DROP; echo "rc=$?"
iptables -P INPUT RETURN; echo "rc=$?"
iptables -P INPUT; echo "rc=$?"
iptables -t nat -P PREROUTING DROP; echo "rc=$?"
iptables -t nat -P PREROUTING ACCEPT; echo "rc=$?"
iptables -N MINE
iptables -P MINE DROP; echo "rc=$?"
iptables -S
iptables -L
iptables-save
