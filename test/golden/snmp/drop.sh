# iptables DROP: in INPUT the datagram counts as received but is never
# delivered (no InDiscards); in FORWARD it is received and not forwarded.
ip netns add h1; ip netns add h2; ip netns add r
for n in h1 h2 r; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add h1-eth0 netns h1 type veth peer name r-eth0 netns r
ip link add h2-eth0 netns h2 type veth peer name r-eth1 netns r
ip -n h1 addr add 192.168.1.10/24 dev h1-eth0
ip -n h2 addr add 192.168.2.10/24 dev h2-eth0
ip -n r addr add 192.168.1.1/24 dev r-eth0
ip -n r addr add 192.168.2.1/24 dev r-eth1
ip -n h1 link set h1-eth0 up; ip -n h2 link set h2-eth0 up
ip -n r link set r-eth0 up; ip -n r link set r-eth1 up
ip -n h1 route add default via 192.168.1.1
ip -n h2 route add default via 192.168.2.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec r iptables -A INPUT -p icmp -j DROP
ip netns exec h1 ping -c 2 -i 0.2 -W 1 192.168.1.1 | grep transmitted
ip netns exec r iptables -F INPUT
ip netns exec r iptables -A FORWARD -p icmp -j DROP
ip netns exec h1 ping -c 1 -W 1 192.168.2.10 | grep transmitted
ip netns exec r iptables -nvL | grep -e DROP -e Chain
for n in h1 r h2; do echo "== $n"; ip netns exec $n cat /proc/net/snmp | sed -n '1,4p'; ip netns exec $n grep IpExt /proc/net/netstat; done
