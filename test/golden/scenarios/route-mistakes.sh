# Routing table mistakes and their messages
ip link add v0 type veth peer name v1
ip addr add 10.0.0.1/24 dev v0
ip route add default via 10.0.0.254; echo "rc=$?"
ip link set v0 up; ip link set v1 up
ip route add default via 10.0.0.254; echo "rc=$?"
ip route add default via 10.0.0.253; echo "rc=$?"
ip route add 192.168.9.0/24 via 10.9.9.9; echo "rc=$?"
ip route add 192.168.9.0/24 via 10.0.0.9 dev lo; echo "rc=$?"
ip route replace default via 10.0.0.253
ip route
ip route change 172.16.0.0/12 via 10.0.0.2; echo "rc=$?"
ip route add 172.16.0.0/12 via 10.0.0.2 metric 100
ip route add 172.16.0.0/12 via 10.0.0.3 metric 50
ip route show 172.16.0.0/12
ip route get 172.16.1.1
ip route del 172.16.0.0/12 via 10.0.0.9; echo "rc=$?"
ip route del 172.16.0.0/12; ip route show 172.16.0.0/12
ip route add 10.1.0.0/16 dev v9; echo "rc=$?"
ip route add 10.1.0.0/16 blah; echo "rc=$?"
ip route add 10.1.0.1/16 dev v0; echo "rc=$?"
ip route get 8.8.8.8
ip route del default
ip route get 8.8.8.8; echo "rc=$?"
ip route flush dev v0
ip route; echo "(empty)"
