# ping to local addresses goes through lo; with lo down they are unreachable.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ping -c 1 127.0.0.1; echo "rc=$?"
ping -c 1 10.0.0.1; echo "rc=$?"
ip link set lo up
ping -c 2 -i 0.2 127.0.0.1; echo "rc=$?"
ping -c 2 -i 0.2 10.0.0.1; echo "rc=$?"
ping -c 1 127.0.0.53; echo "rc=$?"
ping -c 1 -I lo 10.0.0.1; echo "rc=$?"
