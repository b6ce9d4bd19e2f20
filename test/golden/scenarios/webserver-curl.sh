# A web server in a namespace, reached with curl, watched with tcpdump -A and ss
ip netns add web
ip link add veth-host type veth peer name eth0 netns web
ip addr add 10.200.1.1/24 dev veth-host; ip link set veth-host up
ip -n web addr add 10.200.1.2/24 dev eth0; ip -n web link set eth0 up; ip -n web link set lo up
mkdir -p /tmp/site && echo "hello from the namespace" > /tmp/site/index.html
cd /tmp/site
ip netns exec web python3 -m http.server 80 --bind 10.200.1.2 > /tmp/http.log 2>&1 &
S=$!
sleep 1
curl -s http://10.200.1.2/; echo "curl rc=$?"
curl -s -o /dev/null -w '%{http_code}\n' http://10.200.1.2/missing
curl -sS http://10.200.1.2:8080/; echo "curl rc=$?"
curl -sS --connect-timeout 1 http://10.200.1.9/; echo "curl rc=$?"
ip netns exec web ss -ltn
kill $S; wait $S 2>/dev/null
sed -E 's/\[[^]]*\]/[DATE]/; s/ - - / - /' /tmp/http.log
