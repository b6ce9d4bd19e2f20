# Errors of bridge fdb/link: unknown devices, bad addresses, missing
# arguments, and the kernel's answers (EEXIST, ENOENT, EPERM on a port that
# cannot learn, EOPNOTSUPP for "master" on a device that is not a port).
bridge fdb show dev nope; echo "status $?"
bridge fdb show br nope; echo "status $?"
bridge link show dev nope; echo "status $?"
ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip link set veth0 master br0
bridge fdb add zz dev veth0; echo "status $?"
bridge fdb add 02:00:00:00:00:06; echo "status $?"
bridge fdb add 02:00:00:00:00:06 dev nope; echo "status $?"
bridge fdb add 02:00:00:00:00:01 dev veth0 master; echo "status $?"
bridge fdb add 02:00:00:00:00:01 dev veth0 master; echo "status $?"
bridge fdb add 02:00:00:00:00:02 dev veth0 master dynamic; echo "status $?"
bridge fdb del 02:00:00:00:00:09 dev veth0 master; echo "status $?"
bridge fdb add 02:00:00:00:00:03 dev veth1 master; echo "status $?"
bridge fdb add 02:00:00:00:00:03 dev veth1; echo "status $?"
bridge fdb add 02:00:00:00:00:03 dev veth1; echo "status $?"
bridge fdb append 02:00:00:00:00:03 dev veth1; echo "status $?"
bridge fdb del 02:00:00:00:00:04 dev veth1; echo "status $?"
bridge fdb add 02:00:00:00:00:05 dev br0 master; echo "status $?"
bridge fdb show dev veth1
