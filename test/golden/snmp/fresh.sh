# A fresh namespace: every MIB file, and the tools reading them.
cat /proc/net/snmp
cat /proc/net/netstat
cat /proc/net/snmp6
ls /proc/net/dev_snmp6
cat /proc/net/dev_snmp6/lo
netstat -s; echo "rc=$?"
netstat -st; echo "rc=$?"
netstat -s -u; echo "rc=$?"
netstat -s -w; echo "rc=$?"
netstat -s -6; echo "rc=$?"
netstat -s -A unix; echo "rc=$?"
nstat; echo "rc=$?"
nstat -a; echo "rc=$?"
nstat -az | head -5
nstat -az | wc -l
cat /tmp/.nstat.u0
nstat -z 'ip6in*' icmpmsg; echo "rc=$?"
nstat -V
