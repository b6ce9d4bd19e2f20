# Numbered and named tables, show table all, flush table.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip route add 192.168.1.0/24 via 10.0.0.254 table 100
ip route add default via 10.0.0.253 table 100
ip route add 192.168.2.0/24 dev veth0 table 200
ip route add 192.168.3.0/24 dev veth0 table default
ip route add 192.168.4.0/24 dev veth0 table main
ip route show table 100
ip route show table 200
ip route show table default
ip route show table main
ip route show table 253
ip -4 route show table all
ip route flush table 100
ip route show table 100
ip -4 route show table all
ip route get 192.168.1.5
