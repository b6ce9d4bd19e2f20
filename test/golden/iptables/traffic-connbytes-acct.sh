# Loading connbytes switches conntrack accounting on in the namespace (and
# only there), so conntrack -L shows the counters connbytes reads.
cat /proc/sys/net/netfilter/nf_conntrack_acct
ip netns add peer
ip link add va type veth peer name vb netns peer
ip addr add 10.9.0.1/24 dev va
ip link set va up
ip -n peer addr add 10.9.0.2/24 dev vb
ip -n peer link set vb up
ip netns exec peer iptables -A INPUT -p icmp -m connbytes --connbytes 2: --connbytes-mode packets --connbytes-dir both
ip netns exec peer cat /proc/sys/net/netfilter/nf_conntrack_acct
cat /proc/sys/net/netfilter/nf_conntrack_acct
ping -c 3 -i 0.2 -W 1 10.9.0.2 | grep -o '[0-9]* received'
ip netns exec peer conntrack -L 2>&1 | grep -o 'packets=[0-9]* bytes=[0-9]*'
ip netns exec peer iptables -L INPUT -v -n -x | sed 1,2d | awk '{print $1, $2}'
ip netns exec peer iptables -F
ip netns exec peer cat /proc/sys/net/netfilter/nf_conntrack_acct
