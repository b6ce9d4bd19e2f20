# -w: the savefile goes through stdio too: without -U nothing (not even the
# header) reaches the file until tcpdump exits; with -U each packet is
# flushed as tcpdump reads it, i.e. when its block retired (1 s).
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns ns1
ip addr add 10.0.0.1/24 dev veth0
ip -n ns1 addr add 10.0.0.2/24 dev veth1
sysctl -qw net.ipv6.conf.veth0.disable_ipv6=1
ip netns exec ns1 sysctl -qw net.ipv6.conf.veth1.disable_ipv6=1
ip link set veth0 up
ip -n ns1 link set veth1 up
tcpdump -i veth0 -n -w /tmp/plain.pcap 2> /dev/null &
p1=$!
tcpdump -U -i veth0 -n -w /tmp/u.pcap 2> /dev/null &
p2=$!
sleep 0.3
ping -c 2 -i 0.2 10.0.0.2 > /dev/null
echo "at 0.5: plain $(wc -c < /tmp/plain.pcap), -U $(wc -c < /tmp/u.pcap)"
sleep 1
echo "at 1.5: plain $(wc -c < /tmp/plain.pcap), -U $(wc -c < /tmp/u.pcap)"
kill $p1 $p2
wait
echo "after exit: plain $(wc -c < /tmp/plain.pcap), -U $(wc -c < /tmp/u.pcap)"
tcpdump -r /tmp/plain.pcap -n -t 2>&1
