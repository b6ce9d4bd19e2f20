ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ethtool lo; echo rc=$?
ethtool veth0; echo rc=$?
ethtool br0; echo rc=$?
ip link set veth0 up
ip link set veth1 up
ethtool veth0; echo rc=$?
ethtool nope; echo rc=$?
