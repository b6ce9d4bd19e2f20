# ip -j route listings.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip addr add 10.0.0.1/24 dev veth0
ip route add 192.168.1.0/24 via 10.0.0.254 metric 7
ip route add blackhole 192.168.2.0/24
ip route add default via 10.0.0.254 proto static
ip -j route
ip -j -p route show table main
ip -4 -j route show table local
ip -j route get 192.168.1.1
