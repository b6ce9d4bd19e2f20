ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip link show br0
ip link set veth0 master br0
ip link
ip link set veth0 nomaster
ip link show br0
ip link set veth0 master nope; echo rc=$?
ip link set veth0 master veth1; echo rc=$?
ip link set veth0 master lo; echo rc=$?
ip link set br0 master br0; echo rc=$?
