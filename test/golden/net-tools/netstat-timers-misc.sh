# netstat -o timers (tcp/udp, listeners and connections), netstat -M, ss -Z, /proc/net/psched and unix.
ip link set lo up
nc -l 127.0.0.1 8080 >/dev/null &
nc -u -l 127.0.0.1 5353 >/dev/null &
sleep 0.3
sleep 1 | nc 127.0.0.1 8080 &
sleep 0.3
netstat -tno
netstat -tlno
netstat -uano
netstat -M; echo rc=$?
netstat -Mn; echo rc=$?
netstat --masquerade; echo rc=$?
ss -Z; echo rc=$?
ss -tlZ; echo rc=$?
cat /proc/net/psched /proc/net/unix
kill %1 %2; wait
