# ip -all netns exec across several namespaces
for n in ns1 ns2 ns3; do ip netns add $n; done
ip -all netns exec ip link set lo up
ip -all netns exec ip -br link
ip -all netns exec sh -c 'echo hello; exit 3'; echo "rc=$?"
ip -all netns exec false; echo "rc=$?"
ip -all netns del
ip netns list; echo "list rc=$?"
ip -all netns exec true; echo "rc=$?"
