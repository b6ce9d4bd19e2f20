# tcpdump -w then -r with -e -q -v -tttt -s and filters: icmp types, TTL, tcpflags on no TCP, precedence, masks, syntax and name errors
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a tcpdump -D; echo rc=$?
ip netns exec a tcpdump -i va -c 2 -w /tmp/p.pcap icmp 2>/tmp/w.err &
sleep 0.5
ip netns exec a ping -c 2 -i 0.2 10.0.0.2 >/dev/null
wait
cat /tmp/w.err
tcpdump -r /tmp/p.pcap -n -t; echo rc=$?
tcpdump -r /tmp/p.pcap -n -t -e -q; echo rc=$?
tcpdump -r /tmp/p.pcap -n -t -v 'icmp[icmptype] == icmp-echoreply'; echo rc=$?
tcpdump -r /tmp/p.pcap -n -t -c 1 -q; echo rc=$?
tcpdump -r /tmp/p.pcap -tttt -n -c 1 >/dev/null; echo rc=$?
tcpdump -r /tmp/p.pcap -n 'ip[8] < 64'; echo rc=$?
tcpdump -r /tmp/p.pcap -n 'tcp[tcpflags] & tcp-syn != 0'; echo rc=$?
tcpdump -r /tmp/p.pcap -n 'icmp and (src 10.0.0.1 or dst 10.0.0.9)' -t; echo rc=$?
tcpdump -r /tmp/p.pcap -n 'icmp and src 10.0.0.1 or dst 10.0.0.9' -t; echo rc=$?
tcpdump -r /tmp/p.pcap -n 'not icmp and not arp'; echo rc=$?
tcpdump -r /tmp/p.pcap -n -s 40 -t -v; echo rc=$?
tcpdump -r /tmp/nonexist.pcap; echo rc=$?
tcpdump -r /tmp/p.pcap -n 'ip host'; echo rc=$?
tcpdump -r /tmp/p.pcap -n 'src and dst'; echo rc=$?
tcpdump -r /tmp/p.pcap -n 'icmp[icmptype] = icmp-foo'; echo rc=$?
tcpdump -r /tmp/p.pcap -n 'ether proto foo'; echo rc=$?
tcpdump -r /tmp/p.pcap -n 'portrange 80'; echo rc=$?
tcpdump -r /tmp/p.pcap -n 'net 10.0.0.0 mask 255.255.255.0 and icmp' -t; echo rc=$?
tcpdump -r /tmp/p.pcap -n 'net 10.0.0.0 mask 255.0.255.0' -t; echo rc=$?
tcpdump -r /tmp/p.pcap -n 'net 10/8' -t; echo rc=$?
tcpdump -r /tmp/p.pcap -n 'rarp or arp'; echo rc=$?
