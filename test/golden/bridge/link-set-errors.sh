ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip link set veth0 master br0
bridge link set dev veth1 cost 5; echo rc=$?
bridge link set dev veth0 cost 0; echo rc=$?
bridge link set dev veth0 cost 70000; echo rc=$?
bridge link set dev veth0 priority 64; echo rc=$?
bridge link set dev veth0 priority 63; echo rc=$?
bridge link set dev veth0 state 3; echo rc=$?
bridge link set dev veth0 state forwarding; echo rc=$?
bridge link set dev veth0 state 0; echo rc=$?
bridge link set dev veth0 state 9; echo rc=$?
bridge link set dev veth0 guard on root_block on fastleave on mcast_flood off bcast_flood off neigh_suppress on isolated on; echo rc=$?
bridge link set dev veth0 hairpin maybe; echo rc=$?
bridge link set dev veth0 bogus; echo rc=$?
bridge link set veth0 cost 4; echo rc=$?
bridge link set dev veth0; echo rc=$?
bridge link set cost 4; echo rc=$?
bridge -d link show dev veth0
ip -d link show veth0 | grep -o 'port_id [^ ]*\|designated_port [0-9]*\|guard [a-z]*'
ip link set br0 up; ip link set veth0 up
bridge link set dev veth0 state 3; echo rc=$?
bridge link set dev veth0 state 1; echo rc=$?
bridge link show
ip link set veth1 up
bridge link set dev veth0 state 1; echo rc=$?
bridge link show
bridge link set dev veth0 state 5; echo rc=$?
bridge link set dev veth0 state 4; echo rc=$?
bridge link show
bridge link set dev br0 cost 3; echo rc=$?
bridge link set dev br0 cost 3 self; echo rc=$?
bridge -d link show
