# curl against a closed port: (7), quiet with -s, the error with -S, the story with -v.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a curl -s http://10.0.0.2/; echo rc=$?
ip netns exec a curl -sS http://10.0.0.2/; echo rc=$?
ip netns exec a curl -sS http://10.0.0.2:8080/x; echo rc=$?
ip netns exec a curl -sv http://10.0.0.2:99/; echo rc=$?
ip netns exec a curl -sS -w '%{http_code} %{exitcode}\n' http://10.0.0.2/; echo rc=$?
