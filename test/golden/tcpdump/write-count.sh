# tcpdump -c 3 -w: three records written, the statistics count what the ring
# took until tcpdump closed at the block's retirement.
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns ns1
ip addr add 10.0.0.1/24 dev veth0
ip -n ns1 addr add 10.0.0.2/24 dev veth1
sysctl -qw net.ipv6.conf.veth0.disable_ipv6=1
ip netns exec ns1 sysctl -qw net.ipv6.conf.veth1.disable_ipv6=1
ip link set veth0 up
ip -n ns1 link set veth1 up
tcpdump -c 3 -i veth0 -w /tmp/c.pcap &
sleep 0.5
ping -c 4 -i 0.2 10.0.0.2 > /dev/null
wait
tcpdump -r /tmp/c.pcap -n -t 2>&1
