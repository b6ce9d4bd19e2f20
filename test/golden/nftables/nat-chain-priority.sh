# NAT chain priority: the nat chain with the lowest priority that maps a connection wins (nf_nat_inet_fn stops there).
ip netns add lan
ip netns add wan
ip link add g-lan type veth peer name eth0 netns lan
ip link add g-wan type veth peer name eth0 netns wan
ip addr add 192.168.1.1/24 dev g-lan
ip addr add 203.0.113.1/24 dev g-wan
ip addr add 203.0.113.5/24 dev g-wan
ip addr add 203.0.113.6/24 dev g-wan
ip link set g-lan up
ip link set g-wan up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec wan ip addr add 203.0.113.2/24 dev eth0
ip netns exec wan ip link set eth0 up
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -o g-wan -j SNAT --to-source 203.0.113.5
nft add table ip mynat
nft add chain ip mynat late '{ type nat hook postrouting priority srcnat + 10; }'
nft add rule ip mynat late oifname g-wan counter snat to 203.0.113.6
nft add chain ip mynat early '{ type nat hook postrouting priority srcnat - 10; }'
nft add rule ip mynat early ip protocol icmp counter snat to 203.0.113.1
ip netns exec lan ping -c 1 -W 1 203.0.113.2 > /dev/null; echo ping=$?
echo hi | ip netns exec lan nc -u -w 1 -q 1 203.0.113.2 53; echo udp=$?
conntrack -L 2>/dev/null | sort | sed -E 's/(sport|dport|id)=[0-9]+/\1=N/g; s/ +[0-9]+ (src)/ T \1/'
nft list table ip mynat
iptables -t nat -L POSTROUTING -v -n -x | sed -E 's/^ +//; s/ +/ /g'
