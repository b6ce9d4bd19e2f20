# Changes of every kind a route decision reads while pings cross a router
# (the host) between two namespaces: routes added, deleted and replaced,
# policy rules (iif, fwmark, suppress_ifgroup with a device's group), addresses, links down and up, rp_filter,
# forwarding, accept_local, iptables (FORWARD and a mangle mark that reroutes),
# a device moved to another namespace and back, neighbours. Cached route
# decisions must give exactly what fresh lookups give
# (test/ipv4/changes-mid-flood.test.ts).
echo 1 > /proc/sys/net/ipv4/ip_forward
for i in 1 2; do
  ip netns add n$i
  ip link add v$i type veth peer name e$i
  ip link set e$i netns n$i
  ip addr add 10.9.$i.1/24 dev v$i
  ip link set v$i up
  ip -n n$i addr add 10.9.$i.2/24 dev e$i
  ip -n n$i link set e$i up
  ip -n n$i link set lo up
  ip -n n$i route add default via 10.9.$i.1
done
ip netns add n3
ip netns exec n1 ping -q -i 0.002 -c 1300 10.9.2.2 > /tmp/ping.out 2>&1 &
sleep 0.1; ip route add blackhole 10.9.2.2/32
sleep 0.1; ip route del blackhole 10.9.2.2/32
sleep 0.1; ip route replace unreachable 10.9.2.0/24
sleep 0.1; ip route replace 10.9.2.0/24 dev v2 proto kernel scope link src 10.9.2.1
sleep 0.1; ip rule add iif v1 prohibit prio 5
sleep 0.1; ip rule del prio 5
sleep 0.1; ip rule add lookup main suppress_ifgroup 5 prio 4; ip rule add iif v1 prohibit prio 6
sleep 0.1; ip link set v2 group 5
sleep 0.1; ip link set v2 group 0; ip rule del prio 4; ip rule del prio 6
sleep 0.1; ip -n n2 addr del 10.9.2.2/24 dev e2
sleep 0.1; ip -n n2 addr add 10.9.2.2/24 dev e2; ip -n n2 route add default via 10.9.2.1
sleep 0.1; ip link set v2 down
sleep 0.1; ip link set v2 up
sleep 0.1; ip route add 10.9.1.2/32 dev v2
sleep 0.1; sysctl -qw net.ipv4.conf.v1.rp_filter=1
sleep 0.1; sysctl -qw net.ipv4.conf.v1.rp_filter=0; ip route del 10.9.1.2/32 dev v2
sleep 0.1; sysctl -qw net.ipv4.conf.v1.forwarding=0
sleep 0.1; sysctl -qw net.ipv4.conf.v1.forwarding=1
sleep 0.1; iptables -A FORWARD -s 10.9.1.2 -j DROP
sleep 0.1; iptables -D FORWARD -s 10.9.1.2 -j DROP
sleep 0.1; ip -n n1 route add unreachable 10.9.2.2/32 table 100; ip -n n1 rule add fwmark 7 lookup 100 prio 7; ip netns exec n1 iptables -t mangle -A OUTPUT -j MARK --set-mark 7
sleep 0.1; ip netns exec n1 iptables -t mangle -F OUTPUT
sleep 0.1; ip -n n2 link set e2 netns n3
sleep 0.1; ip -n n3 link set e2 netns n2; ip -n n2 addr add 10.9.2.2/24 dev e2; ip -n n2 link set e2 up; ip -n n2 route add default via 10.9.2.1
sleep 0.1; ip neigh flush dev v2
wait
cat /tmp/ping.out
ip -s link show v1 | tail -4
ip -s link show v2 | tail -4
iptables -L FORWARD -v -n -x
ip netns exec n1 iptables -t mangle -L OUTPUT -v -n -x
grep -E '^(Ip|Icmp):' /proc/net/snmp
nstat -az TcpExtIPReversePathFilter IpExtInNoRoutes IpOutNoRoutes | tail -n +2
for n in n1 n2; do ip netns exec $n grep -E '^(Ip|Icmp):' /proc/net/snmp; done
