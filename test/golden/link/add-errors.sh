ip link add veth0 type veth peer name veth1
ip link add veth0 type veth peer name veth2; echo rc=$?
ip link add veth3 type veth peer name veth1; echo rc=$?
ip link add veth4 type veth peer name veth4; echo rc=$?
ip link add x0 type nosuch; echo rc=$?
ip link add br1; echo rc=$?
ip link add br0 type bridge
ip link add br0 type bridge; echo rc=$?
ip -o link
