ip link set lo up
nc -l -p 8080 > /dev/null &
nc -l -s 127.0.0.1 -p 9999 > /dev/null &
sleep 0.2
ss -tln '( sport = :8080 or sport = :22 )'
ss -tln '( sport = :http-alt )'
ss -tln sport gt :9000
ss -tln sport \> :9000
ss -tln sport le :9000
ss -tln not sport = :8080
ss -tln '!' sport = :8080
ss -tln src 127.0.0.1
ss -tln src 127.0.0.0/8
ss -tln src 127.0.0.1:9999
ss -tln dst 0.0.0.0
ss -tln sport = :8080 and dport = :0
ss -tln sport = :8080 or sport = :9999
ss -tln src :9999
ss -tln sport = :zzz; echo rc=$?
ss -tln foo; echo rc=$?
ss -tln '( sport = :8080'; echo rc=$?
ss -tln sport; echo rc=$?
ss -tln sport =; echo rc=$?
ss -x; echo rc=$?
ss -xl
ss -w
ss -tln dev lo; echo rc=$?
kill %1 %2 2>/dev/null; wait 2>/dev/null
