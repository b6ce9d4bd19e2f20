ip link set lo up
nc -l -p 8080 > /dev/null &
sleep 0.2
nc -zv 127.0.0.1 8080; echo rc=$?
nc -zv 127.0.0.1 8081; echo rc=$?
nc -zv -w 1 127.0.0.1 8079-8081; echo rc=$?
nc -z 127.0.0.1 8080; echo rc=$?
nc -zvn 10.99.0.1 80; echo rc=$?
kill %1 2>/dev/null; wait 2>/dev/null
