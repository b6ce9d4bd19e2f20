# /proc/net/tcp, udp, tcp6, udp6, raw, raw6 as a tutorial cats them: a listener, a UDP socket, a connection, then both ends closing (TIME_WAIT).
ip link set lo up
nc -l 127.0.0.1 8080 >/dev/null &
nc -u -l 127.0.0.1 5353 >/dev/null &
sleep 0.3
cat /proc/net/tcp; cat /proc/net/udp
sleep 1 | nc 127.0.0.1 8080 &
sleep 0.5
cat /proc/net/tcp /proc/net/tcp6
cat /proc/net/udp6 /proc/net/raw /proc/net/raw6
netstat -tn | sed 1,2d | wc -l
kill %1 %2
sleep 1
cat /proc/net/tcp
