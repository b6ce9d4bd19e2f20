# nft's view of iptables rules: connmark/CONNMARK/MARK masks, tcp options and flags, tcpmss, owner uid/gid
iptables -A INPUT -m connmark --mark 0x1/0xff
iptables -A INPUT -m connmark ! --mark 0x1/0xff
iptables -A INPUT -m connmark ! --mark 0x7
iptables -A INPUT -m connmark --mark 0x7
iptables -A INPUT -p tcp --tcp-option 8
iptables -A INPUT -p tcp ! --tcp-option 8
iptables -A INPUT -p tcp --dport 22 --tcp-option 2
iptables -A INPUT -p tcp --syn --tcp-option 2
iptables -A INPUT -p tcp --sport 1:5 --tcp-flags ALL NONE --tcp-option 3
iptables -A INPUT -p tcp -m tcpmss --mss 1:500
iptables -A INPUT -p tcp -m tcpmss --mss 1460
iptables -A INPUT -p tcp -m tcpmss ! --mss 1400:1500
iptables -A OUTPUT -m owner --uid-owner 0
iptables -A OUTPUT -m owner ! --uid-owner 0
iptables -A OUTPUT -m owner --uid-owner 100-200
iptables -A OUTPUT -m owner --gid-owner 1000
iptables -A OUTPUT -m owner ! --gid-owner 10-20
iptables -A OUTPUT -m owner --uid-owner 0 --gid-owner 0
iptables -A OUTPUT -m owner --socket-exists
iptables -A OUTPUT -m owner --suppl-groups --gid-owner 5
iptables -t mangle -A PREROUTING -j MARK --set-xmark 0x1/0xff
iptables -t mangle -A PREROUTING -j MARK --set-mark 0x1/0xff
iptables -t mangle -A PREROUTING -j MARK --set-xmark 0x5/0xffffffff
iptables -t mangle -A PREROUTING -j MARK --and-mark 0xf0
iptables -t mangle -A PREROUTING -j MARK --or-mark 0x3
iptables -t mangle -A PREROUTING -j MARK --xor-mark 0x3
iptables -t mangle -A PREROUTING -j MARK --set-xmark 0x0/0x0
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 0x1/0xff
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 0x1/0xff
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --and-mark 0xf
iptables -t mangle -A PREROUTING -j CONNMARK --or-mark 0xf
iptables -t mangle -A PREROUTING -j CONNMARK --xor-mark 0xf
iptables -A INPUT -p tcp --tcp-flags ALL NONE
iptables -A INPUT -p tcp ! --tcp-flags SYN,ACK SYN
iptables -A INPUT -p tcp ! --syn
iptables -A INPUT -p tcp --tcp-flags ALL FIN,PSH,URG
iptables -A INPUT -p tcp --dport 80 ! --tcp-option 2 --tcp-flags SYN SYN
iptables -A INPUT -m connmark --mark 0/0xff0
iptables -A INPUT -p tcp -m tcpmss --mss 0:65535
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xf0
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xf --ctmask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 0x0/0x0
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 0x5
iptables -t mangle -A PREROUTING -j MARK --set-xmark 0xffffffff/0xffffffff
nft list ruleset
