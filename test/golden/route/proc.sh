# /proc/net/route and /proc/net/fib_trie-free views of the tables.
ip link set lo up
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip route add 192.168.1.0/24 via 10.0.0.254 metric 3
ip route add default via 10.0.0.254
cat /proc/net/route
