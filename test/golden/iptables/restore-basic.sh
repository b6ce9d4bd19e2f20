iptables-restore <<'RULES'; echo "rc=$?"
# a comment
*filter
:INPUT DROP [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:SSH - [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -p tcp --dport 22 -j SSH
-A SSH -s 10.0.0.0/8 -j ACCEPT
-A INPUT -m comment --comment "quoted \"text\" here" -j ACCEPT
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A POSTROUTING -o eth0 -j MASQUERADE
COMMIT
RULES
iptables-save | grep -v '^#'
iptables -L -n
