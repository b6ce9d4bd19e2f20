# A live capture read back through many filters: flags, fragments, TTL, broadcast/multicast, ports, nets, protocols by name, precedence, and errors
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a addr add fd00::1/64 dev va nodad; ip -n b addr add fd00::2/64 dev vb nodad
ip -n a link set va up; ip -n b link set vb up; sleep 2
ip netns exec a tcpdump -i va -w /tmp/m.pcap 'not ip6 or ip6 host fd00::1 or ip6 host fd00::2' 2>/dev/null &
sleep 0.5
ip netns exec a ping -c 1 10.0.0.2 >/dev/null
ip netns exec a ping -c 1 -s 1000 fd00::2 >/dev/null
ip netns exec a ping -c 1 -W 1 -b 10.0.0.255 >/dev/null 2>&1
ip netns exec b nc -l 80 >/dev/null & sleep 0.2
echo hi | ip netns exec a nc -N 10.0.0.2 80
wait %2
ip netns exec a nc -z 10.0.0.2 443
echo x | ip netns exec a nc -u -w0 10.0.0.2 53
echo x | ip netns exec a nc -u -w0 -p 5353 10.0.0.2 5353
ip netns exec a ping -c 1 -s 3000 10.0.0.2 >/dev/null
ip netns exec a ping -c 1 -t 7 10.0.0.2 >/dev/null
sleep 1.2
kill %1; wait
f() { echo "== $*"; tcpdump -r /tmp/m.pcap -n -t -q "$@" 2>&1 | sed -E 's/\.[0-9]{5} /.P /g; s/\.[0-9]{5}:/.P:/g'; echo "rc=${PIPESTATUS[0]}"; }
f 'tcp[13] & 2 = 2'
f 'tcp[tcpflags] & (tcp-syn|tcp-ack) == tcp-syn'
f 'tcp[tcpflags] & tcp-push != 0'
f 'ip[6] & 0x20 != 0'
f 'ip[6:2] & 0x1fff != 0'
f 'ip[8] < 64'
f 'ip[8] = 7'
f 'ether[0] & 1 = 1'
f 'broadcast'
f 'multicast'
f 'ip6 and not icmp6'
f 'icmp6 and ip6[40] == 128'
f 'icmp6[icmp6type] == icmp6-echoreply'
f 'udp dst port 53'
f 'udp and port domain'
f 'dst portrange 1-1023'
f 'src net 10.0.0.0/8 and not dst port 80'
f 'host 10.0.0.2 and (port 80 or port 443)'
f 'host 10.0.0.2 and port 80 or port 443'
f 'not host 10.0.0.2 and not ip6'
f 'ip and not net 127'
f 'len > 1000'
f 'greater 1000 and ip'
f 'less 64'
f 'ip src 10.0.0.1 and icmp'
f 'ip6 src fd00::1'
f 'ip6 dst net fd00::/64 and ip6[6] = 17'
f 'ip6 proto \icmp6'
f 'ip proto \udp'
f 'ip proto \tcp and tcp[0:2] > 1024'
f 'udp[0:2] = 5353'
f 'icmp[0] = 3'
f 'icmp[icmptype] = icmp-unreach and icmp[icmpcode] = 3'
f '10.0.0.2'
f 'port 80 and'
f 'hostt 10.0.0.1'
f 'dst port http and src'
f 'tcp port 80 or udp'
f 'icmp[icmptype] = icmp-echo or icmp[icmptype] = icmp-echoreply and ip[8] = 64'
f 'ip[100] = 1'
f 'ip6[100:4] != 0'
f 'ether src host'
f 'proto \udp'
f 'arp and host 10.0.0.1'
f 'arp src 10.0.0.2'
f 'rarp'
f 'ip6 multicast'
f 'ip broadcast'
f 'tcp[tcpflags] == tcp-fin|tcp-ack'
f 'vlan or not vlan and tcp'
