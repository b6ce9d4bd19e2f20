# Text sent with nc -u to the ports tcpdump decodes (DHCP, TFTP, NTP, syslog,
# RIP, mDNS, DNS), printed by the decoders at -n, -v and -vv: what a tutorial's
# `printf ... | nc -u` shows.
ip link set lo up
tcpdump -i lo -U -w /tmp/c.pcap udp 2>/dev/null &
sleep 0.5
for p in 67 68 69 123 514 520 5353 53; do
  printf 'hello\n' | nc -u -w1 127.0.0.1 $p
  printf '<13>Nov 22 12:00:00 host app: started\n' | nc -u -w1 127.0.0.1 $p
done
sleep 0.5
kill -INT %1
wait
tcpdump -r /tmp/c.pcap -n 2>&1 | sed -E 's/^[0-9:.]+ //; s/127.0.0.1.[0-9]+ >/127.0.0.1.PORT >/'
tcpdump -r /tmp/c.pcap -nv 2>/dev/null | sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id ID/; s/127.0.0.1.[0-9]+ >/127.0.0.1.PORT >/'
tcpdump -r /tmp/c.pcap -nvv 2>/dev/null | sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id ID/; s/127.0.0.1.[0-9]+ >/127.0.0.1.PORT >/; s/cksum 0x[0-9a-f]+ -> 0x[0-9a-f]+/cksum X -> Y/'
