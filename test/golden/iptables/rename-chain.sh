iptables -N OLD
iptables -A INPUT -j OLD
iptables -A OLD -j ACCEPT
iptables -E OLD NEW; echo "rc=$?"
iptables -S
iptables -E MISSING X; echo "rc=$?"
iptables -N OTHER
iptables -E NEW OTHER; echo "rc=$?"
iptables -E NEW INPUT; echo "rc=$?"
iptables -E NEW; echo "rc=$?"
iptables -L -n
