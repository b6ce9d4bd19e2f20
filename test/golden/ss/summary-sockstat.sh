# ss -s and /proc/net/sockstat{,6}: per-namespace socket counts (listeners,
# UDP, IPv6, an established pair, TIME_WAIT after the client closes first).
# ss -s's estab comes from /proc/net/snmp; no connection is open while it runs.
ip link set lo up
sleep 0.5
cat /proc/net/sockstat /proc/net/sockstat6
nc -l 127.0.0.1 5000 > /dev/null &
nc -u -l 127.0.0.1 5001 > /dev/null &
nc -l ::1 5002 > /dev/null &
sleep 0.5
ss -s 2>/dev/null
cat /proc/net/sockstat /proc/net/sockstat6
ss -s -t -n 2>/dev/null
sleep 3 | nc 127.0.0.1 5000 &
sleep 0.5
cat /proc/net/sockstat
kill %4
sleep 0.5
cat /proc/net/sockstat
kill %2 %3
wait
sleep 0.5
cat /proc/net/sockstat /proc/net/sockstat6
ss -s 2>/dev/null
