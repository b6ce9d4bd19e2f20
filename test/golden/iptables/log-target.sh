# LOG rules as users write them: prefixes, levels, options; -L/-S; traffic counts; dmesg in a netns.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
iptables -N LOGDROP
iptables -A LOGDROP -m limit --limit 5/min -j LOG --log-prefix "IPTables-Dropped: " --log-level 4
iptables -A LOGDROP -j DROP
iptables -A OUTPUT -p icmp -j LOG --log-prefix "OUT " --log-level debug --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid
iptables -A OUTPUT -p udp --dport 9 -j LOGDROP
iptables -A INPUT -j LOG --log-level 7
iptables -A INPUT -j LOG --log-level warning
iptables -A INPUT -j LOG --log-level emerg --log-prefix "abcdefghijklmnopqrstuvwxyz0123"
iptables -A INPUT -j LOG --log-prefix "abcdefghijklmnopqrstuvwxyz01234"; echo rc=$?
iptables -A INPUT -j LOG --log-level 8; echo rc=$?
iptables -A INPUT -j LOG --log-prefix "x" --log-prefix y; echo rc=$?
ping -c 1 10.0.0.2 > /dev/null
echo x | nc -u -w 1 10.0.0.2 9; echo rc=$?
iptables -L -n -v
iptables -S
dmesg | grep -c 'IPTables-Dropped'
dmesg | grep -c 'OUT '
