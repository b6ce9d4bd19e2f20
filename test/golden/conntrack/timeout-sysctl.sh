# The ICMP timeout comes from net.netfilter.nf_conntrack_icmp_timeout; an entry
# that ran out is gone from the listing.
ip link set lo up
iptables -A OUTPUT -m conntrack --ctstate NEW
sysctl net.netfilter.nf_conntrack_icmp_timeout
sysctl -w net.netfilter.nf_conntrack_icmp_timeout=100
ping -c 1 -q 127.0.0.1 > /dev/null
conntrack -L
sysctl -w net.netfilter.nf_conntrack_icmp_timeout=2
ping -c 1 -q 127.0.0.2 > /dev/null
conntrack -L 2>&1 | sort
sleep 3
conntrack -L
conntrack -C
