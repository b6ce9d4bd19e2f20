# NFLOG, NFQUEUE, quota, cpu, helper, realm, CLASSIFY, CHECKSUM, tcpmss, TCPMSS.
iptables -A INPUT -j NFLOG --nflog-group 3 --nflog-prefix "a b" --nflog-threshold 2
iptables -A INPUT -j NFLOG --nflog-range 5
iptables -A INPUT -j NFLOG --nflog-group 65536; echo rc=$?
iptables -A INPUT -j NFQUEUE --queue-balance 2:5 --queue-bypass
iptables -A INPUT -j NFQUEUE --queue-balance 0:65535; echo rc=$?
iptables -A INPUT -j NFQUEUE --queue-balance -1:3; echo rc=$?
iptables -A INPUT -m quota ! --quota 1000
iptables -A INPUT -m quota --quota 18446744073709551616; echo rc=$?
iptables -A INPUT -m cpu ! --cpu 1
iptables -A INPUT -m helper ! --helper sip
iptables -A INPUT -m realm --realm 0x10/0xff
iptables -A INPUT -p tcp -m tcpmss ! --mss 100:1400
iptables -A INPUT -p tcp -m tcpmss --mss 9:1; echo rc=$?
iptables -A INPUT -m tcpmss --mss 9; echo rc=$?
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:a
iptables -t mangle -A POSTROUTING -j CHECKSUM --checksum-fill
iptables -A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -A FORWARD -p tcp -j TCPMSS --set-mss 1200
iptables -A FORWARD -j TCPMSS; echo rc=$?
iptables -A INPUT -p tcp -j TCPMSS --set-mss 1200; echo rc=$?
iptables -t mangle -A INPUT -j CLASSIFY --set-class 1:1; echo rc=$?
iptables -A INPUT -p tcp -j TCPMSS --clamp-mss-to-pmtu; echo rc=$?
iptables -A INPUT ! -d 0.0.0.0/0; echo rc=$?
iptables -L -n -v
iptables-save | grep -v '^#'
