ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth0 name eth5; echo rc=$?
ip link set veth0 down
ip link set veth0 name eth5; echo rc=$?
ip link set eth5 name veth1; echo rc=$?
ip link show
ip link set dev eth5 name "a b"; echo rc=$?
ip link show master nope; echo rc=$?
ip link add br0 type bridge
ip link set eth5 master br0
ip link show master br0
ip link show type bridge_slave
ip -br link show type veth
ip link show nomaster
ip link show up
ip link show group default | head -2
