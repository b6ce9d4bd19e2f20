ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip link set veth0 master br0
ip link set veth0 type bridge_slave cost 9 priority 9 learning off hairpin on; echo rc=$?
bridge -d link show dev veth0
ip link set veth0 type bridge_slave cost 0; echo rc=$?
ip link set veth0 type bridge_slave priority 70; echo rc=$?
ip link set veth0 type bridge_slave state 3; echo rc=$?
ip link set veth0 type bridge_slave hairpin maybe; echo rc=$?
ip link set veth0 type bridge_slave bogus; echo rc=$?
ip link set veth0 type bridge_slave cost x; echo rc=$?
ip link set veth1 type bridge_slave cost 5; echo rc=$?
ip link set veth0 type bridge_slave fdb_flush; echo rc=$?
ip -d link show veth0 | grep -o 'priority [0-9]* cost [0-9]* hairpin [a-z]*'
