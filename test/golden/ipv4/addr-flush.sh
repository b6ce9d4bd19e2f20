# ip addr flush: by device, by prefix, everything IPv4.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.2/24 dev veth0
ip addr add 10.1.0.1/16 dev veth0
ip addr add 10.2.0.1/24 dev veth1
ip addr add 10.2.0.2/24 dev veth1
ip -4 addr
ip addr flush dev veth0 to 10.1.0.0/16
ip -4 addr
ip addr flush dev veth0
ip -4 addr
ip -4 route show table all
ip addr flush dev veth1 secondary
ip -4 addr
ip addr flush dev nosuch; echo "rc=$?"
ip addr flush; echo "rc=$?"
ip -4 addr flush label veth1
ip -4 addr
ip -4 route show table all
