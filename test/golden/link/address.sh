ip link add veth0 type veth peer name veth1
ip link set veth0 address 00:11:22:33:44:55; echo rc=$?
ip link set veth0 address 01:11:22:33:44:55; echo rc=$?
ip link set veth0 address zz; echo rc=$?
ip link set veth0 address 00:00:00:00:00:00; echo rc=$?
ip link set veth0 address 00:11:22; echo rc=$?
ip link show veth0
