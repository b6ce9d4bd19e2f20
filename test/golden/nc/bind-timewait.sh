# nc -p binds the source port without SO_REUSEADDR/SO_REUSEPORT: after a
# connection it closed first, the port sits in TIME_WAIT and a second nc -p
# with it fails at bind.
ip link set lo up
timeout 3 nc -l -k -p 8080 &
sleep 0.2
(echo one; sleep 0.3) | nc -N -p 40000 127.0.0.1 8080; echo rc=$?
ss -tan state time-wait | sed 1d | awk '{print $3, $4}'
(echo two; sleep 0.3) | nc -N -p 40000 127.0.0.1 8080; echo rc=$?
(echo three; sleep 0.3) | nc -N -p 40001 127.0.0.1 8080; echo rc=$?
wait
