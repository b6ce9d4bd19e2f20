# tcpdump -G (time rotation with strftime names), -W (file limit), -z (post-rotate command)
ip link set lo up
cat > /tmp/post.sh <<'EOS'
#!/bin/sh
n=$(tcpdump -r "$1" 2>/dev/null | wc -l)
echo "post-rotate: $n packets in $(echo "$1" | sed 's/[0-9]\{10\}/STAMP/')"
EOS
chmod 755 /tmp/post.sh
tcpdump -i lo -n -w '/tmp/cap-%s.pcap' -G 2 -W 3 -z /tmp/post.sh icmp &
T=$!
sleep 0.5
ping -c 4 -i 2.5 127.0.0.1 > /dev/null
wait $T; echo "tcpdump rc=$?"
sleep 0.5
ls /tmp/cap-*.pcap | wc -l
for f in /tmp/cap-*.pcap; do tcpdump -n -r "$f" 2>/dev/null | wc -l; done
tcpdump -i lo -w /tmp/x.pcap -G -1; echo "rc=$?"
tcpdump -i lo -w /tmp/y.pcap -G 2 -W 1 -z nosuchcmd icmp &
sleep 0.5
ping -c 2 -i 2.5 127.0.0.1 > /dev/null
wait; echo "rc=$?"
tcpdump -n -r /tmp/y.pcap 2>&1 | sed 's/^[0-9:.]* //'
