# Capture to a file with -w, then read it back with -r -nn -e / filters / -c
ip netns add a; ip netns add b
ip link add eth0 netns a address 02:00:00:0a:00:01 type veth peer name eth0 netns b address 02:00:00:0b:00:01
ip -n a addr add 10.8.0.1/24 dev eth0; ip -n b addr add 10.8.0.2/24 dev eth0
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.eth0.disable_ipv6=1; ip -n $n link set eth0 up; done
ip netns exec b timeout 5 tcpdump -i eth0 -c 6 -w /tmp/cap.pcap 2>&1 &
sleep 0.5
ip netns exec a ping -c 2 -i 0.2 10.8.0.2 >/dev/null
wait
tcpdump -r /tmp/cap.pcap -nn 2>&1 | sed 's/^[0-9:.]* //'
tcpdump -r /tmp/cap.pcap -nn -e arp 2>/dev/null | sed 's/^[0-9:.]* //'
tcpdump -r /tmp/cap.pcap -nn -c 1 'icmp[icmptype] == icmp-echoreply' 2>/dev/null | sed 's/^[0-9:.]* //'
tcpdump -r /tmp/cap.pcap -q -nn icmp 2>/dev/null | sed 's/^[0-9:.]* //'
tcpdump -r /tmp/cap.pcap -nn -t src 10.8.0.1 2>/dev/null
tcpdump -r /nonexistent.pcap; echo rc=$?
ls -l /tmp/cap.pcap | awk '{print $5}'
