ip netns add ns1
ip link add br0 type bridge
ip link set lo netns ns1; echo rc=$?
ip link set br0 netns ns1; echo rc=$?
ip link set br0 netns nope; echo rc=$?
ip link set br0 netns 999999; echo rc=$?
