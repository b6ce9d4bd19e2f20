# Longest prefix match, then the lowest metric among equal prefixes.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
for d in veth0 veth1 veth2 veth3; do ip link set $d up; done
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.2.1/24 dev veth2
ip route add 10.10.0.0/16 via 10.0.0.254
ip route add 10.10.10.0/24 via 10.0.2.254
ip route add 10.10.10.10/32 dev veth0
ip route add 10.20.0.0/16 via 10.0.0.254 metric 50
ip route add 10.20.0.0/16 via 10.0.2.254 metric 10
ip route get 10.10.1.1
ip route get 10.10.10.1
ip route get 10.10.10.10
ip route get 10.20.0.1
ip route del 10.20.0.0/16 metric 10
ip route get 10.20.0.1
ip route
