# curl to python3's http.server bound to :: over IPv6 (-g: the brackets are
# not a glob), a refused port, and an address with no route; the server's
# log on stderr. (Its banner on stdout is left out: the model's python
# loses its buffered stdout when timeout kills it, the real one does not.)
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va address 02:00:00:00:00:0a
ip -n b link set vb address 02:00:00:00:00:0b
ip -n a link set va up
ip -n b link set vb up
ip -n a -6 addr add 2001:db8::1/64 dev va nodad
ip -n b -6 addr add 2001:db8::2/64 dev vb nodad
sleep 2
mkdir -p /tmp/www && echo hello6 > /tmp/www/index.html
cd /tmp/www
ip netns exec b timeout 3 python3 -m http.server --bind :: 8000 >/tmp/srv.out 2>/tmp/srv.err &
sleep 1
ip netns exec a curl -sS -g http://[2001:db8::2]:8000/; echo rc=$?
ip netns exec a curl -sS -g -o /dev/null -w '%{http_code} %{remote_ip} %{remote_port}\n' http://[2001:db8::2]:8000/index.html; echo rc=$?
ip netns exec a curl -sS -g http://[2001:db8::2]:8001/; echo rc=$?
ip netns exec a curl -sS -g http://[2001:db9::2]:8000/; echo rc=$?
ip netns exec a curl -sS -v -g http://[2001:db8::2]:8001/; echo rc=$?
ip netns exec a curl -sS -v -g http://[2001:db9::2]:8000/; echo rc=$?
wait
sed -E 's/\[[^]]*\]/[DATE]/' /tmp/srv.err
cd /
rm -rf /tmp/www /tmp/srv.out /tmp/srv.err
ip netns del a
ip netns del b
