# An AF_INET6 socket connecting to a v4-mapped address talks IPv4
# (tcp_v6_connect hands it to tcp_v4_connect).
ip link set lo up
timeout 2 nc -v -n -l -p 8080 &
sleep 0.3
(echo mapped; sleep 0.3) | nc -6 -N -p 40008 ::ffff:127.0.0.1 8080; echo rc=$?
wait
nc -6 -z -v -n ::ffff:127.0.0.1 8081; echo rc=$?
