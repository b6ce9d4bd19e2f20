# ip route flush: by table, prefix, device, proto.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth1
ip route add 192.168.1.0/24 via 10.0.0.254
ip route add 192.168.2.0/24 via 10.0.1.254
ip route add 192.168.3.0/24 dev veth0 proto static
ip route add 172.16.0.0/12 dev veth1
ip route
ip route flush 192.168.0.0/16
ip route
ip route flush dev veth1
ip route
ip route flush proto static
ip route
ip route flush; echo "rc=$?"
ip route flush table main
ip route
ip -4 route show table local
ip route flush cache
