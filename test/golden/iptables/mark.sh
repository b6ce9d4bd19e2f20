iptables -t mangle -A PREROUTING -m mark --mark 1 -j ACCEPT
iptables -t mangle -A PREROUTING -m mark ! --mark 0x10/0xf0 -j ACCEPT
iptables -t mangle -A PREROUTING -j MARK --set-mark 5
iptables -t mangle -A PREROUTING -j MARK --set-mark 5/0xff
iptables -t mangle -A PREROUTING -j MARK --set-xmark 0x3/0x7
iptables -t mangle -A PREROUTING -j MARK --and-mark 0xf
iptables -t mangle -A PREROUTING -j MARK --or-mark 0x100
iptables -t mangle -A PREROUTING -j MARK --xor-mark 2
iptables -t mangle -A PREROUTING -j MARK; echo "rc=$?"
iptables -t mangle -A PREROUTING -j MARK --set-mark 1 --or-mark 2; echo "rc=$?"
iptables -t mangle -A PREROUTING -j MARK --set-mark abc; echo "rc=$?"
iptables -t mangle -A PREROUTING -j MARK --set-mark 1/x; echo "rc=$?"
iptables -t mangle -A PREROUTING -j MARK --set-mark 1x; echo "rc=$?"
iptables -t mangle -A PREROUTING -m mark -j ACCEPT; echo "rc=$?"
iptables -A INPUT -j MARK --set-mark 1; echo "rc=$?"
iptables -t mangle -S
iptables -t mangle -L
iptables -t mangle -L -n
