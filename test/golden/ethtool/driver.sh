ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ethtool -i veth0; echo rc=$?
ethtool -i br0; echo rc=$?
ethtool -i lo; echo rc=$?
ethtool -i nope; echo rc=$?
