ip link add veth0 type veth peer name veth1
ip addr add 10.1.0.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ip route add 10.9.0.0/16 dev veth0 table 100
ip route add default via 10.1.0.254 table main
ip route show table all
echo --
ip route show table 100
ip route list table local
ip -4 route show table all type local
ip route show table 200; echo rc=$?
ip route show table foo; echo rc=$?
ip route show proto kernel
ip route show scope link
