# A fresh namespace: every table lists its built-in chains, nothing is saved.
iptables -L; echo "rc=$?"
iptables -L -n -v; echo "rc=$?"
iptables -S; echo "rc=$?"
iptables-save; echo "rc=$?"
iptables -t nat -L
iptables -t mangle -S
iptables -t raw -L -n
iptables -t security -S
iptables-save; echo "save after listing: rc=$?"
