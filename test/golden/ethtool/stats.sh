ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ethtool -S veth0; echo rc=$?
ethtool -S veth1; echo rc=$?
ethtool -S br0; echo rc=$?
ethtool -S lo; echo rc=$?
ethtool -S nope; echo rc=$?
