ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1
ip addr add 10.170.0.1/24 dev veth0 metric 20
ip -d addr show dev veth0
ip -d -j addr show dev veth0 | head -c 300; echo
ip route
ip -s addr show dev veth0 | head -3
ip -br addr show dev veth0
ip link set veth0 up; ip link set veth1 up
ip route show dev veth0
