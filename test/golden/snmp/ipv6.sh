# IPv6: ping6 and a datagram to a closed UDP port between two namespaces;
# the echo, neighbour discovery and UDP counters, namespace-wide (snmp6,
# nstat, netstat -s -6) and per device (dev_snmp6). MLD's unsolicited reports
# race the peer's device coming up on the kernel, so the counters they move
# (Ip6*, MLDv2Reports, multicast totals) are left out.
ip netns add a; ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.default.accept_ra=0 net.ipv6.conf.default.router_solicitations=0 net.ipv6.conf.default.accept_dad=0; done
ip link add va netns a type veth peer name vb netns b
ip -n a addr add fd00::1/64 dev va nodad; ip -n b addr add fd00::2/64 dev vb nodad
ip -n a link set va up; ip -n b link set vb up
sleep 2
ip netns exec a ping -c 2 -i 0.2 fd00::2 | grep transmitted
echo hi | ip netns exec a nc -u -w 1 fd00::2 5555; echo "rc=$?"
for n in a b; do
  echo "== $n"
  ip netns exec $n nstat -a 'Icmp6*Echo*' 'Icmp6*Neighbor*' 'Icmp6*Unreach*' 'Icmp6*Type1[23]?' 'Icmp6*Type1' 'Udp6*' 'Ip6InDelivers' 'Ip6InDiscards'
  ip netns exec $n grep -e Udp6 -e Echo /proc/net/snmp6
  ip netns exec $n netstat -s -6 | grep -e echo -e neighb -e unreach -e 'packets re' -e 'packets to' -e 'packets s' -e 'delivered'
done
ls /proc/net/dev_snmp6
ip netns exec a ls /proc/net/dev_snmp6
ip netns exec a grep -e ifIndex -e Echo /proc/net/dev_snmp6/va
ip netns exec a grep -c . /proc/net/dev_snmp6/lo /proc/net/snmp6
