ip link add veth0 type veth peer name veth1
ip addr add 10.3.0.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ping -c 3 -i 0.2 -W 1 10.3.0.9; echo rc=$?
ip neigh show
ping -c 2 -W 1 10.9.9.9; echo rc=$?
ping -c 1 -w 2 10.3.0.7; echo rc=$?
