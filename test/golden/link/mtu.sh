ip link add veth0 type veth peer name veth1
ip link set veth0 mtu 70000; echo rc=$?
ip link set veth0 mtu 67; echo rc=$?
ip link set veth0 mtu 68; echo rc=$?
ip link set veth0 mtu abc; echo rc=$?
ip link set veth0 mtu 65535; echo rc=$?
ip link set lo mtu 100; echo rc=$?
ip link
