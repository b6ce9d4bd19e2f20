brctl addbr br0
ip link set br0 up
brctl delbr br0; echo rc=$?
ip link set br0 down
brctl delbr br0; echo rc=$?
brctl delbr br0; echo rc=$?
ip link add veth0 type veth peer name veth1
brctl delbr veth1; echo rc=$?
brctl show
