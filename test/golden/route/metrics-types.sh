ip link add veth0 type veth peer name veth1
ip addr add 10.97.0.1/24 dev veth0
ip link set veth0 up; ip link set veth1 up
ip route add 10.98.0.0/16 via 10.97.0.2 metric 10
ip route add 10.98.0.0/16 via 10.97.0.3 metric 20
ip route add 10.99.0.0/16 via 10.97.0.2 mtu 1400 advmss 1360
ip route add 10.100.0.0/16 via 10.97.0.2 proto static
ip route add 10.101.0.0/16 dev veth0 scope link src 10.97.0.1
ip route add unreachable 10.102.0.0/16
ip route add prohibit 10.103.0.0/16
ip route add throw 10.104.0.0/16
ip route
ip route show proto static
ip route show 10.98.0.0/16
ip route get 10.98.1.1
ip route get 10.102.0.1; echo rc=$?
ip route get 10.103.0.1; echo rc=$?
ip route del 10.98.0.0/16
ip route show 10.98.0.0/16
ip route add 10.98.0.0/16 via 10.97.0.2 metric 20; echo rc=$?
ip -d route show 10.99.0.0/16
ip route flush 10.98.0.0/16
ip route show root 10.0.0.0/8
ip route show match 10.99.1.1
ip route show exact 10.99.0.0/16
