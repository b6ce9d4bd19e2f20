ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ethtool -k lo
ethtool -k veth0
ethtool --show-features br0
ethtool -k nope; echo rc=$?
