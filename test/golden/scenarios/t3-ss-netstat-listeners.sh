# Who is listening? ss -tlnp / -tanp / -ulnp and netstat in a namespace with nc servers
ip netns add srv
ip -n srv link set lo up
ip netns exec srv sh -c 'timeout 4 nc -lk -p 8080 >/dev/null & timeout 4 nc -lku -p 9999 >/dev/null & timeout 4 nc -lk -s 127.0.0.1 -p 5432 >/dev/null & sleep 0.5
ss -tln | sort
ss -uln
ss -tlnp | awk "NR>1 {print \$4, \$6}" | sed "s/pid=[0-9]*/pid=N/; s/fd=[0-9]*/fd=N/" | sort
( sleep 1 | nc 127.0.0.1 8080 ) &
sleep 0.3
ss -tanp state established | awk "NR>1 {print \$3, \$4}" | sort
ss -tan "( sport = :8080 or dport = :8080 )" | wc -l
netstat -tlnp 2>/dev/null | awk "NR>2 {print \$4, \$6}" | sort
netstat -an | grep -c LISTEN
wait
'
