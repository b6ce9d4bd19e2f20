# bridge -n NAME runs in a named namespace; a fresh one has no ports.
ip netns add blue
ip -n blue link add br0 type bridge
ip -n blue link add veth0 type veth peer name veth1
ip -n blue link set veth0 master br0
bridge -n blue link
bridge -n blue fdb show br br0
bridge link
bridge -n nope link; echo "status $?"
