# ip route get: local, on-link, via gateway, unreachable, longest prefix match.
ip link set lo up
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth1
ip route add 192.168.0.0/16 via 10.0.0.254
ip route add 192.168.1.0/24 via 10.0.1.254
ip route add 192.168.1.128/25 dev veth0
ip route get 10.0.0.2
ip route get 10.0.0.1
ip route get 127.0.0.1
ip route get 127.1.2.3
ip route get 10.0.1.1
ip route get 192.168.9.9
ip route get 192.168.1.9
ip route get 192.168.1.200
ip route get 10.0.0.255
ip route get 255.255.255.255
ip route get 224.0.0.1
ip route get 8.8.8.8; echo "rc=$?"
ip route get 10.0.0.2 from 10.0.0.1
ip route get 10.0.0.2 from 10.0.1.1
ip route get 10.0.0.2 oif veth1
ip route get 10.0.0.2 tos 0x10
ip route get 10.0.0.2 mark 7
ip route get 10.0.0.0/24; echo "rc=$?"
ip route get; echo "rc=$?"
ip route get foo; echo "rc=$?"
ip -j route get 10.0.0.2
ip route add default via 10.0.0.254
ip route get 8.8.8.8
ip -o route get 8.8.8.8
