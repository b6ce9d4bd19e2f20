ip link add veth0 type veth peer name veth1
ip link set veth0 name veth1; echo rc=$?
ip link set veth0 up
ip link set veth0 name vv; echo rc=$?
ip link set vv name "a b"; echo rc=$?
ip link set dev vv name eth0
ip link
