# Preferred source addresses.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth1
ip route add 192.168.1.0/24 dev veth0 src 10.0.1.1
ip route add 192.168.2.0/24 dev veth0 src 10.0.0.9; echo "rc=$?"
ip route add 192.168.3.0/24 dev veth0 src 127.0.0.1; echo "rc=$?"
ip route
ip route get 192.168.1.1
ip addr del 10.0.1.1/24 dev veth1
ip route
