# ip route replace, append, change, prepend.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip route replace 192.168.1.0/24 via 10.0.0.254
ip route
ip route replace 192.168.1.0/24 via 10.0.0.253
ip route
ip route append 192.168.1.0/24 via 10.0.0.252
ip route
ip route prepend 192.168.1.0/24 via 10.0.0.251
ip route
ip route change 192.168.1.0/24 via 10.0.0.250
ip route
ip route change 192.168.9.0/24 via 10.0.0.250; echo "rc=$?"
ip route replace 192.168.1.0/24 via 10.0.0.249 metric 10
ip route
ip route del 192.168.1.0/24
ip route
ip route del 192.168.1.0/24
ip route
ip route del 192.168.1.0/24; echo "rc=$?"
ip route
