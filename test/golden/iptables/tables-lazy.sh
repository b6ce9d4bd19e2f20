# Tables and built-in chains appear in the kernel only when written to.
iptables -t nat -L >/dev/null
iptables -t mangle -S >/dev/null
iptables-save; echo "after listing: rc=$?"
iptables -t mangle -N X
iptables-save | grep -v '^#'
iptables -t mangle -v -Z; echo "rc=$?"
iptables -t raw -P OUTPUT DROP
iptables -t raw -v -Z; echo "rc=$?"
iptables -A FORWARD -j ACCEPT
iptables -v -Z; echo "rc=$?"
iptables -v -F; echo "rc=$?"
iptables -X; echo "rc=$?"
iptables -v -Z; echo "rc=$?"
iptables-save | grep -v '^#'
