# onlink gateways outside any connected subnet.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip route add 192.168.1.0/24 via 172.16.0.1 dev veth0 onlink
ip route add 192.168.2.0/24 via 172.16.0.1 onlink; echo "rc=$?"
ip route add default via 172.16.0.1 dev veth0 onlink
ip route
ip route get 192.168.1.1
ip route get 8.8.8.8
