# /proc/net/tcp6 and udp6: an IPv6 listener and UDP socket on ::1, a connection to it, and netstat -tln6.
ip link set lo up
nc -6 -l ::1 8080 >/dev/null &
nc -6 -u -l ::1 5353 >/dev/null &
sleep 0.3
cat /proc/net/tcp6 /proc/net/udp6
sleep 1 | nc -6 ::1 8080 &
sleep 0.5
cat /proc/net/tcp6
cat /proc/net/tcp | wc -l
kill %1 %2; wait
