# CONNMARK sets the connection's mark; conntrack shows it and filters on it.
ip link set lo up
iptables -t mangle -A OUTPUT -d 127.0.0.2 -j CONNMARK --set-mark 5
iptables -t mangle -A OUTPUT -d 127.0.0.3 -j CONNMARK --set-mark 0x10
ping -c 1 -q 127.0.0.1 > /dev/null
ping -c 1 -q 127.0.0.2 > /dev/null
ping -c 1 -q 127.0.0.3 > /dev/null
conntrack -L 2>&1 | sort
conntrack -L -m 5; echo "rc=$?"
conntrack -L -m 16/0xf0; echo "rc=$?"
conntrack -D -m 0; echo "rc=$?"
conntrack -L 2>&1 | sort
iptables -t mangle -L OUTPUT -v -n -x
