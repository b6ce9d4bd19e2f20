# Two namespaces on a veth pair (IPv6 off, so only IPv4 counts): a ping that
# answers, one to a neighbour that never answers, one with no route, and a
# datagram to a closed UDP port; then each side's counters.
ip netns add a; ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a ping -c 2 -i 0.2 10.0.0.2 | grep transmitted
ip netns exec a ping -c 1 -W 1 10.0.0.9 | grep transmitted
ip netns exec a ping -c 1 10.9.0.9; echo "rc=$?"
echo hi | ip netns exec a nc -u -w 1 10.0.0.2 5555; echo "rc=$?"
ip netns exec a cat /proc/net/snmp
ip netns exec b cat /proc/net/snmp
ip netns exec a grep IpExt /proc/net/netstat
ip netns exec b grep IpExt /proc/net/netstat
ip netns exec a netstat -s
ip netns exec b netstat -s -u
ip netns exec b nstat; echo "rc=$?"
ip netns exec b ping -c 1 10.0.0.1 | grep transmitted
ip netns exec b nstat
ip netns exec a nstat -s 'Icmp*'
ip netns exec a nstat
ip netns exec a nstat
cat /proc/net/snmp | grep -v Tcp
