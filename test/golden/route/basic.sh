# Routes via a gateway, on a device, default, metrics, proto, scope, src.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip route add 192.168.1.0/24 via 10.0.0.254
ip route add 192.168.2.0/24 dev veth0
ip route add 192.168.3.0/24 via 10.0.0.254 dev veth0 metric 100
ip route add 192.168.3.0/24 via 10.0.0.253 metric 200
ip route add 192.168.4.0/24 dev veth0 proto static scope link src 10.0.0.1
ip route add 192.168.5.0/24 via 10.0.0.254 proto 42
ip route add 192.168.6.1 dev veth0
ip route add default via 10.0.0.254
ip route
ip route show
ip route list
ip r
ip route show table main
ip route show 192.168.3.0/24
ip route show root 192.168.0.0/16
ip route show match 192.168.3.7
ip route show exact 192.168.3.0/24
ip route show proto static
ip route show proto kernel
ip route show scope link
ip route show via 10.0.0.254
ip route show dev veth0
ip -o route
ip -4 route show type unicast
