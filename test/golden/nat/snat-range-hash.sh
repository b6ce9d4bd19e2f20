# SNAT to an address range: the address is jhash2 of the source (seeded by the destination unless
# --persistent) as find_best_ips_proto does; ports from a range, masked where random.
ip netns add a; ip netns add b
ip link add eth-a type veth peer name eth0 netns a
ip link add eth-b type veth peer name eth0 netns b
ip addr add 10.0.1.1/24 dev eth-a; ip link set eth-a up
ip addr add 203.0.113.1/24 dev eth-b; ip addr add 203.0.113.101/24 dev eth-b; ip addr add 203.0.113.102/24 dev eth-b; ip addr add 203.0.113.103/24 dev eth-b
ip link set eth-b up
ip -n a addr add 10.0.1.2/24 dev eth0; ip -n a addr add 10.0.1.3/24 dev eth0; ip -n a addr add 10.0.1.4/24 dev eth0
ip -n a link set eth0 up; ip -n a route add default via 10.0.1.1
ip -n b addr add 203.0.113.2/24 dev eth0; ip -n b link set eth0 up
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -o eth-b -p icmp -j SNAT --to-source 203.0.113.101-203.0.113.103
iptables -t nat -A POSTROUTING -o eth-b -p udp -j SNAT --to-source 203.0.113.101-203.0.113.103:40000-40010 --persistent
iptables -t nat -A POSTROUTING -o eth-b -p tcp -j SNAT --to-source 203.0.113.101:5000-5099
for s in 2 3 4; do ip netns exec a ping -c1 -W1 -I 10.0.1.$s 203.0.113.2 | grep -c 'bytes from'; done
for s in 2 3 4; do echo u$s | ip netns exec a nc -u -w 1 -s 10.0.1.$s -p 999$s 203.0.113.2 53; done
ip netns exec b nc -k -l 80 > /tmp/got.txt &
sleep 0.3
for s in 2 3 4; do echo t$s | ip netns exec a nc -N -w 1 -s 10.0.1.$s 203.0.113.2 80; done
sleep 0.3
conntrack -L 2>&1 | sed 's/ [0-9]* TIME_WAIT/ T TIME_WAIT/;s/^\(icmp\|udp\|tcp\) *\([0-9]*\) [0-9]* /\1 \2 T /;s/id=[0-9]*/id=I/g;s/sport=[0-9]* dport=80 src=203.0.113.2 dst=10.0.1/sport=S dport=80 src=203.0.113.2 dst=10.0.1/;s/dport=[0-9]* \[ASSURED\] mark/dport=S [ASSURED] mark/' | sed "s/sport=53 dport=[0-9]*/sport=53 dport=P/" | sort
iptables -t nat -S POSTROUTING
iptables-save -t nat | grep -v '^#'
kill %1; wait
