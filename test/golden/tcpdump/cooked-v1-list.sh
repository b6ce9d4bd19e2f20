# tcpdump cooked v1 (-y LINUX_SLL, -i N naming any), -L, and v1 savefiles through filters
ip netns add a; ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
ip link add va netns a type veth peer name vb netns b
ip -n a link set va address 02:00:00:00:00:01; ip -n b link set vb address 02:00:00:00:00:02
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up; ip -n a link set lo up
ip netns exec a tcpdump -D
ip netns exec a tcpdump -i any -y LINUX_SLL -c 2 -n -t icmp 2>&1 &
sleep 0.5
ip netns exec a ping -c 1 10.0.0.2 >/dev/null
wait
ip netns exec a tcpdump -i 2 -c 2 -n -t -e icmp 2>&1 &
sleep 0.5
ip netns exec a ping -c 1 10.0.0.2 >/dev/null
wait
ip netns exec a tcpdump -i any -L 2>&1; echo rc=$?
ip netns exec a tcpdump -i va -L 2>&1; echo rc=$?
ip netns exec a tcpdump -i lo -L 2>&1; echo rc=$?
ip netns exec a tcpdump -i any -y LINUX_SLL2 -L 2>&1; echo rc=$?
timeout 2 ip netns exec a tcpdump -i va -y FOO -c 1 2>&1; echo rc=$?
timeout 2 ip netns exec a tcpdump -i va -y LINUX_SLL -c 1 2>&1; echo rc=$?
timeout 2 ip netns exec a tcpdump -i lo -y LINUX_SLL2 -c 1 2>&1; echo rc=$?
timeout 2 ip netns exec a tcpdump -i any -y EN10MB -c 1 2>&1; echo rc=$?
ip netns exec a tcpdump -i any -y LINUX_SLL -w /tmp/v1.pcap 2>/dev/null &
sleep 0.5
ip netns exec a ping -c 1 10.0.0.2 >/dev/null
ip netns exec a ping -c 1 127.0.0.1 >/dev/null
ip -n a neigh flush dev va
ip netns exec a ping -c 1 10.0.0.2 >/dev/null
sleep 1.2
kill %1; wait
f() { echo "== $*"; tcpdump -r /tmp/v1.pcap -n -t "$@" 2>&1; echo "rc=${PIPESTATUS[0]}"; }
f
f -e
f -q -e
f arp
f inbound
f outbound
f 'ether src 02:00:00:00:00:02'
f 'ether dst 02:00:00:00:00:02'
f broadcast
f 'icmp[icmptype] == icmp-echoreply' -v
f 'ip[9] == 1'
f 'ip[9] == 1' -A -q | grep -c '^IP'
f 'icmp and src host 127.0.0.1' -e
