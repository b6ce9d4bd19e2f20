# Seed 003: once veth0 is a bridge port, ping -I veth0 gets no answer (the
# bridge takes the ARP replies); moving the address to the bridge fixes it.
ip link add name mbr0 type bridge
ip link set mbr0 up
ip netns add test-yao
ip link add veth0 type veth peer name veth1
ip link set veth1 netns test-yao
ip addr add 10.1.1.100/24 dev veth0
ip netns exec test-yao ip addr add 10.1.1.101/24 dev veth1
ip link set veth0 up
ip netns exec test-yao ip link set veth1 up
ping -c 1 -I veth0 10.1.1.101; echo "rc=$?"
ip link set dev veth0 master mbr0
ip neigh flush dev veth0
ping -c 3 -W 0.5 -i 0.5 -I veth0 10.1.1.101; echo "rc=$?"
ip neigh show dev veth0
ip -n test-yao neigh
ip addr add 10.1.1.100/24 dev mbr0
ip addr del 10.1.1.100/24 dev veth0
ip route
ping -c 2 -i 0.3 -I mbr0 10.1.1.101; echo "rc=$?"
ping -c 1 10.1.1.101; echo "rc=$?"
