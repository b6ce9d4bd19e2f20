# nginx daemonises and serves Debian's welcome page on :80; 404 and 405 pages; -s stop ends it.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec b nginx; echo rc=$?
sleep 0.5
ip netns exec a curl -s http://10.0.0.2/; echo rc=$?
ip netns exec a curl -s -o /dev/null -w '%{http_code} %{size_download} %{content_type}\n' http://10.0.0.2/; echo rc=$?
ip netns exec a curl -sI http://10.0.0.2/ | grep -v -e ^Date -e ^Last-Modified -e ^ETag
ip netns exec a curl -s http://10.0.0.2/nope; echo rc=$?
ip netns exec a curl -s -X POST http://10.0.0.2/; echo rc=$?
ip netns exec a curl -sf http://10.0.0.2/nope; echo rc=$?
ip netns exec b nginx -s stop 2>/dev/null; echo rc=$?
sleep 0.5
ip netns exec a curl -sS http://10.0.0.2/; echo rc=$?
