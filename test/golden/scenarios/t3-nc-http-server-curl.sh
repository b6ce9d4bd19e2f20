# A one-shot HTTP server with nc and printf, fetched with curl through a published (DNAT) port
ip netns add web; ip netns add client
ip link add br0 type bridge; ip link set br0 up; ip addr add 192.168.50.1/24 dev br0
for n in web client; do
  ip link add v-$n type veth peer name eth0 netns $n
  ip link set v-$n master br0 up
  ip -n $n link set lo up; ip -n $n link set eth0 up
done
ip -n web addr add 192.168.50.10/24 dev eth0
ip -n client addr add 192.168.50.20/24 dev eth0
ip netns exec web sh -c 'printf "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 6\r\nConnection: close\r\n\r\nhello\n" | timeout 3 nc -l -p 8000 > /tmp/req.txt' &
sleep 0.5
ip netns exec client curl -s -m 2 http://192.168.50.10:8000/index.html; echo "curl rc=$?"
ip netns exec client curl -s -o /dev/null -w '%{http_code} %{size_download}\n' -m 2 http://192.168.50.10:8000/ ; echo "second curl rc=$?"
wait
head -1 /tmp/req.txt | tr -d '\r'
grep -i '^user-agent' /tmp/req.txt | tr -d '\r' | cut -d/ -f1
ip netns exec client curl -s -m 1 http://192.168.50.10:8000/; echo "refused rc=$?"
ip netns exec client curl -sS -m 1 http://192.168.50.10:8000/ 2>&1 | sed 's/after [0-9]* ms/after N ms/'
ip netns exec client ss -tan | grep -c TIME-WAIT
