# ICMP echo over lo: one entry per echo id, 30 s timeout, deleted by protocol.
ip link set lo up
iptables -A OUTPUT -m state --state NEW
ping -c 2 -q 127.0.0.1 > /dev/null
conntrack -L
conntrack -L -p icmp --icmp-type 8; echo "rc=$?"
conntrack -L -p icmp --icmp-type 0; echo "rc=$?"
conntrack -L -s 127.0.0.1 -d 127.0.0.1; echo "rc=$?"
conntrack -L -s 127.0.0.2; echo "rc=$?"
conntrack -D -p icmp; echo "rc=$?"
conntrack -L; echo "rc=$?"
iptables -L OUTPUT -v -n -x
