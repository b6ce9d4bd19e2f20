# Text protocols tcpdump decodes by port: FTP, SSH's version line, SMTP, WHOIS, RTSP (request words only), telnet (IAC only), AFS RX's header on UDP 7000-7009 (and '[|rx]' for short text), SIP
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
sleep 0.5
ip netns exec a tcpdump -i va -w /tmp/t.pcap 'tcp[tcpflags] & tcp-push != 0 or udp' 2>/dev/null &
sleep 0.5
for p in 21 22 25 43 554 8554 23; do
  ip netns exec b nc -l $p >/dev/null &
  sleep 0.1
  printf 'HELO example.org\r\nQUIT\r\n' | ip netns exec a nc -N 10.0.0.2 $p
  wait $!
done
ip netns exec b nc -l 22 >/dev/null &
sleep 0.1
printf 'SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n' | ip netns exec a nc -N 10.0.0.2 22
wait $!
ip netns exec b nc -l 554 >/dev/null &
sleep 0.1
printf 'OPTIONS rtsp://10.0.0.2/ RTSP/1.0\r\nCSeq: 1\r\n\r\n' | ip netns exec a nc -N 10.0.0.2 554
wait $!
for p in 7000 7001 7009 5060; do
  echo hello | ip netns exec a nc -u -w0 10.0.0.2 $p
  echo 'a line of text that is longer than the rx header' | ip netns exec a nc -u -w0 10.0.0.2 $p
done
printf 'OPTIONS sip:b@10.0.0.2 SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1\r\n\r\n' | ip netns exec a nc -u -w0 10.0.0.2 5060
sleep 1.5
kill %1; wait
tcpdump -r /tmp/t.pcap -n -t 2>&1 | sed -E 's/\.[0-9]{5} /.P /g; s/\.[0-9]{5}:/.P:/g; s/(seq|ack|val|ecr) [0-9:]+/\1 N/g'
tcpdump -r /tmp/t.pcap -n -t -v udp 2>&1 | sed -E 's/\.[0-9]{5} /.P /g; s/\.[0-9]{5}:/.P:/g; s/id [0-9]+/id I/'
tcpdump -r /tmp/t.pcap -n -t -vvv 'udp[8:4] = 0x61206c69' 2>&1 | sed -E 's/\.[0-9]{5} /.P /g; s/\.[0-9]{5}:/.P:/g; s/id [0-9]+/id I/'
tcpdump -r /tmp/t.pcap -n -t -v 'tcp port 25 or tcp port 22' 2>&1 | sed -E 's/\.[0-9]{5} /.P /g; s/\.[0-9]{5}:/.P:/g; s/(seq|ack|val|ecr) [0-9:]+/\1 N/g; s/id [0-9]+/id I/; s/cksum 0x[0-9a-f]+ \(incorrect -> 0x[0-9a-f]+\)/cksum C/'
tcpdump -r /tmp/t.pcap -n -t -s 60 'udp' 2>&1 | sed -E 's/\.[0-9]{5} /.P /g; s/\.[0-9]{5}:/.P:/g'
