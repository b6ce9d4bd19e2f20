# TCP and UDP over ::1 on lo, a listener bound to ::1 only, the port held
# by a v6 listener against an IPv4 bind, and connect() with no IPv6 route.
ip link set lo up
timeout 2 nc -6 -v -n -l -p 8080 &
sleep 0.3
(echo one; sleep 0.2) | nc -6 -N -p 40001 ::1 8080; echo rc=$?
wait
timeout 2 nc -v -n -l ::1 8081 &
sleep 0.3
ss -tln
nc -z -v -n 127.0.0.1 8081; echo rc=$?
(echo two; sleep 0.2) | nc -N -p 40002 ::1 8081; echo rc=$?
wait
timeout 1 nc -6 -u -n -v -l -p 9000 &
sleep 0.3
(echo three; sleep 0.3) | timeout 1 nc -u -p 40003 ::1 9000; echo rc=$?
wait
nc -6 -z -v 2001:db8::9 80; echo rc=$?
nc -6 -u -z -v 2001:db8::9 80; echo rc=$?
ip link set lo down
nc -6 -z -v ::1 80; echo rc=$?
