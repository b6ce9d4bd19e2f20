ip link add veth0 type veth peer name veth1
ip link set veth0 foo; echo rc=$?
ip link set veth0; echo rc=$?
ip link set; echo rc=$?
ip link set veth0 promisc maybe; echo rc=$?
ip link set veth0 mtu; echo rc=$?
ip link foo; echo rc=$?
ip link del lo; echo rc=$?
