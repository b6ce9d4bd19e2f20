# tcpdump -D, -i by index with -# (packet numbers), -s 50 -v, -q -e -p arp; bad index, filter error, bad -Q, unwritable -w, -r without a file
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sleep 0.5
ip netns exec a tcpdump -D
ip netns exec a timeout 2 tcpdump -i 1 -l -# -n icmp > /tmp/o1 2>&1 &
ip netns exec a timeout 2 tcpdump -i va -l -s 50 -n -v icmp > /tmp/o2 2>&1 &
ip netns exec a timeout 2 tcpdump -i va -l -q -e -n -p arp > /tmp/o3 2>&1 &
sleep 0.5
ip netns exec a ping -c 1 10.0.0.2 > /dev/null
wait
sed -E 's/ [0-9:.]{15} / T /' /tmp/o1
sed -E 's/ [0-9:.]{15} / T /; s/id [0-9]+/id I/' /tmp/o2
sed -E 's/[0-9:.]{15} //; s/[0-9a-f]{2}(:[0-9a-f]{2}){5}/MAC/g' /tmp/o3
ip netns exec a tcpdump -i 9 -n; echo rc=$?
ip netns exec a tcpdump -i va -n -c 1 'tcp port' ; echo rc=$?
ip netns exec a tcpdump -i va -Q bogus; echo rc=$?
ip netns exec a tcpdump -i va -c 1 -w /nonexistent/x.pcap; echo rc=$?
ip netns exec a tcpdump -r; echo rc=$?
ip netns exec a tcpdump --version 2>&1 | head -3; echo rc=$?
