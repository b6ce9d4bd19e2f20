iptables-restore --counters <<'RULES'; echo "rc=$?"
*filter
:INPUT ACCEPT [10:840]
:FORWARD DROP [3:252]
:OUTPUT ACCEPT [0:0]
[5:420] -A INPUT -s 10.0.0.1 -j ACCEPT
[7:588] -A OUTPUT -d 10.0.0.1 -j ACCEPT
-A OUTPUT -d 10.0.0.2 -j ACCEPT
COMMIT
RULES
iptables-save -c | grep -v '^#'
iptables -L -v -n -x
iptables -S -v
iptables-restore <<'RULES'; echo "rc=$?"
*filter
:INPUT ACCEPT [10:840]
[5:420] -A INPUT -s 10.0.0.1 -j ACCEPT
COMMIT
RULES
iptables-save -c | grep -v '^#'
printf '*filter\n:INPUT ACCEPT\nCOMMIT\n' | iptables-restore -c; echo "rc=$?"
printf '*filter\n[5:420 -A INPUT -j ACCEPT\nCOMMIT\n' | iptables-restore -c; echo "rc=$?"
printf '*filter\n[5] -A INPUT -j ACCEPT\nCOMMIT\n' | iptables-restore -c; echo "rc=$?"
