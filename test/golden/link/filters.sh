ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip link set veth0 master br0
ip link set lo up
ip link show up
ip link show master br0
ip link show type bridge
ip link show type veth
ip link show type bridge_slave
ip link show master nope; echo rc=$?
