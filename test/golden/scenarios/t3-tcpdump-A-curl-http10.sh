# Looking inside an HTTP exchange: tcpdump -A / -X on the server side, curl -v on the client
ip netns add s; ip netns add c
ip link add eth0 netns s type veth peer name eth0 netns c
ip -n s addr add 10.30.0.1/24 dev eth0; ip -n c addr add 10.30.0.2/24 dev eth0
ip -n s link set eth0 up; ip -n c link set eth0 up; ip -n s link set lo up
ip netns exec c ping -c1 10.30.0.1 >/dev/null
ip netns exec s sh -c 'printf "HTTP/1.0 200 OK\r\nContent-Length: 3\r\n\r\nok\n" | timeout 3 nc -l -p 80 >/dev/null' &
ip netns exec s timeout 4 tcpdump -i eth0 -nn -A -c 4 'tcp port 80 and (tcp[tcpflags] & tcp-push != 0)' 2>/dev/null > /tmp/A.txt &
sleep 0.6
ip netns exec c curl -sv --http1.0 http://10.30.0.1/ 2>&1 | grep -E '^[<>*] (GET|HTTP|Host|Content-Length|Connected)' | tr -d '\r' | sed 's/port 80 (#0)/port 80/'
wait
grep -E 'GET /|Host:|HTTP/1.0 200|^ok' /tmp/A.txt | sed 's/^.*GET/GET/; s/^.*HTTP\/1.0 200/HTTP\/1.0 200/' | tr -d '\r' | sort
grep -c 'Flags \[P.\]' /tmp/A.txt
