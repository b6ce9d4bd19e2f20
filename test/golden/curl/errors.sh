# curl's own errors: usage, protocol, URL, name resolution, output file.
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a curl; echo rc=$?
ip netns exec a curl -sS htp://x/; echo rc=$?
ip netns exec a curl -sS http://10.0.0.2:99999/; echo rc=$?
ip netns exec a curl -sS http://nosuch.invalid/; echo rc=$?
ip netns exec a curl -s http://nosuch.invalid/; echo rc=$?
ip netns exec a curl -Q; echo rc=$?
ip netns exec a curl -sS -m abc http://10.0.0.2/; echo rc=$?
