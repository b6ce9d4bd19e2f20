# A web container: nc as a tiny HTTP server, ss -tlnp to find it, curl from another namespace
ip netns add web; ip netns add client
ip link add veth-w type veth peer name veth-c
ip link set veth-w netns web; ip link set veth-c netns client
ip -n web addr add 10.10.10.1/24 dev veth-w; ip -n client addr add 10.10.10.2/24 dev veth-c
ip -n web link set veth-w up; ip -n client link set veth-c up
ip -n web link set lo up; ip -n client link set lo up
printf 'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n\r\nhello\n' > /tmp/resp.txt
ip netns exec web sh -c 'timeout 5 nc -l -p 8080 < /tmp/resp.txt > /tmp/req.txt' &
sleep 0.4
ip netns exec web ss -tlnp | sed -E 's/pid=[0-9]+/pid=P/; s/fd=[0-9]+/fd=F/' | awk '{print $1,$4,$6}'
ip netns exec web ss -tln | awk 'NR>1{print $4}'
ip netns exec client curl -s -o /dev/null -w '%{http_code} %{size_download} %{remote_ip}:%{remote_port}\n' --max-time 3 http://10.10.10.1:8080/index.html
wait
head -1 /tmp/req.txt | tr -d '\r'
grep -i '^host' /tmp/req.txt | tr -d '\r'
echo "--- nobody listens now"
ip netns exec client curl -sS --max-time 2 http://10.10.10.1:8080/; echo "curl rc=$?"
ip netns exec web ss -tan state time-wait | awk 'NR>1{print $3,$4}'
