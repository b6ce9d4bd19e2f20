ip link add veth0 type veth peer name veth1
ip addr add 10.1.0.1/24 dev veth0
ip addr add 10.1.0.2/24 dev veth1
ip link set veth0 up
ip link set veth1 up
ip link set lo up
ip route add 192.168.5.0/24 via 10.1.0.254
ip route get 10.1.0.9
ip route get 192.168.5.1 from 10.1.0.2
ip route get 192.168.5.1 mark 5
ip route get 10.1.0.1
ip route get 127.0.0.5
ip route get 8.8.8.8; echo rc=$?
sysctl -qw net.ipv4.ip_forward=1
ip route get 10.1.0.9 from 192.168.5.1 iif veth1
ip route get 10.1.0.9 iif veth1; echo rc=$?
ip route get 10.1.0.9 oif veth1
ip route get to 10.1.0.0/24
ip route get 10.1.0.9 tos 0x10
ip route get 10.1.0.9 connected
ip route get; echo rc=$?
ip route get foo; echo rc=$?
