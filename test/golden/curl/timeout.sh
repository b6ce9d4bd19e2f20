# curl -m and --connect-timeout against an address that never answers: (28).
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip -n a neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev va
ip netns exec a curl -sS -m 1 http://10.0.0.9/; echo rc=$?
ip netns exec a curl -s -m 1 http://10.0.0.9/; echo rc=$?
ip netns exec a curl -sS --connect-timeout 1 http://10.0.0.9:8080/; echo rc=$?
ip netns exec a curl -sS -m 1 -w '%{http_code}\n' http://10.0.0.9/; echo rc=$?
