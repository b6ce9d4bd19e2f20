# tcpdump -w writes a pcap file (microsecond timestamps, snaplen 262144,
# Ethernet) that tcpdump -r reads back, with filters and -e.
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip addr add 10.9.0.1/24 dev v0
ip -n a addr add 10.9.0.2/24 dev v1
ip link set v0 up
ip -n a link set v1 up
sysctl -qw net.ipv6.conf.v0.disable_ipv6=1
ip netns exec a sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
sleep 0.1
timeout 10 tcpdump -i v0 -w /tmp/cap.pcap -c 4 -n icmp 2>&1 &
sleep 0.5
ping -c 2 -i 0.2 10.9.0.2 -q >/dev/null
wait
ls -l /tmp/cap.pcap | awk '{print $5}'
od -A d -t x1 -N 24 /tmp/cap.pcap
tcpdump -r /tmp/cap.pcap -n 2>&1
echo "status $?"
tcpdump -r /tmp/cap.pcap -n -e -c 1 2>&1
tcpdump -r /tmp/cap.pcap -n 'icmp[icmptype] = icmp-echoreply' 2>&1
tcpdump -r /tmp/cap.pcap -n -v dst 10.9.0.1 2>&1
tcpdump -r /nonexistent 2>&1
echo "status $?"
tcpdump -w /nonexistent/x -i v0 2>&1
echo "status $?"
