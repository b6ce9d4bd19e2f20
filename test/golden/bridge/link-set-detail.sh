ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip link set veth0 master br0
ip link set veth2 master br0
ip link set br0 up
ip link set veth0 up
ip link set veth1 up
bridge link
bridge link show dev veth0
bridge -d link show
bridge -j link
bridge -j -p link show dev veth2
bridge link set dev veth0 cost 10 priority 5
bridge link set dev veth2 learning off flood off hairpin on
bridge -d link
bridge link set dev veth9 cost 3; echo rc=$?
bridge link set dev veth0 cost; echo rc=$?
