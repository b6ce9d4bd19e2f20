# curl against python3 -m http.server: a directory listing, a file, a 404, -f, -o, -w.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
mkdir -p /tmp/www/sub; echo hello > /tmp/www/a.txt; echo '<p>x</p>' > /tmp/www/b.html
cd /tmp/www
ip netns exec b python3 -m http.server 8000 > /dev/null 2>&1 &
sleep 1
ip netns exec a curl -s http://10.0.0.2:8000/; echo rc=$?
ip netns exec a curl -s http://10.0.0.2:8000/a.txt; echo rc=$?
ip netns exec a curl -s http://10.0.0.2:8000/sub/; echo rc=$?
ip netns exec a curl -s http://10.0.0.2:8000/nope; echo rc=$?
ip netns exec a curl -sf http://10.0.0.2:8000/nope; echo rc=$?
ip netns exec a curl -sSf http://10.0.0.2:8000/nope; echo rc=$?
ip netns exec a curl -s -o /tmp/out -w '%{http_code} %{size_download} %{content_type}\n' http://10.0.0.2:8000/b.html; echo rc=$?
cat /tmp/out
ip netns exec a curl -s -w '%{http_code}\n' -o /dev/null http://10.0.0.2:8000/sub; echo rc=$?
ip netns exec a curl -s -X DELETE http://10.0.0.2:8000/a.txt; echo rc=$?
kill %1
