iptables -t mangle -A PREROUTING -m connmark --mark 1 -j ACCEPT
iptables -t mangle -A PREROUTING -m connmark ! --mark 0x2/0xf -j ACCEPT
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 4
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --ctmask 0xf0 --nfmask 0x0f
iptables -t mangle -A PREROUTING -j CONNMARK --and-mark 7
iptables -t mangle -A PREROUTING -j CONNMARK --or-mark 7
iptables -t mangle -A PREROUTING -j CONNMARK --xor-mark 7
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 1/2
iptables -t mangle -A PREROUTING -j CONNMARK; echo "rc=$?"
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --restore-mark; echo "rc=$?"
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 1 --ctmask 2; echo "rc=$?"
iptables -t mangle -S
iptables -t mangle -L -n
