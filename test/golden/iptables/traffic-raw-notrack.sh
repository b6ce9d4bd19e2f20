# raw table NOTRACK / -j CT --notrack: no conntrack entries, state UNTRACKED matches.
ip netns add a
ip link add va type veth peer name vb netns a
ip addr add 10.0.0.1/24 dev va; ip link set va up
ip -n a addr add 10.0.0.2/24 dev vb; ip -n a link set vb up
iptables -t raw -A OUTPUT -p icmp -j NOTRACK
iptables -t raw -A PREROUTING -p icmp -j CT --notrack
iptables -A INPUT -m state --state UNTRACKED -j ACCEPT
iptables -A INPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT
iptables -A OUTPUT -m conntrack --ctstate UNTRACKED -j ACCEPT
ping -c 2 -i 0.2 10.0.0.2 > /dev/null; echo ping=$?
conntrack -L 2>&1
conntrack -C
iptables -t raw -L -n -v
iptables -t raw -S
iptables -L -n -v
iptables -t raw -A INPUT -j NOTRACK; echo rc=$?
iptables -t raw -F
ping -c 1 10.0.0.2 > /dev/null; echo ping=$?
conntrack -L 2>&1 | sed -E 's/^icmp +1 [0-9]+ /icmp 1 T /'
