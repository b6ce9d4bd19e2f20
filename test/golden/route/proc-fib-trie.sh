cat /proc/net/fib_trie; echo "--- empty"
ip link set lo up
cat /proc/net/fib_trie
ip link add v1 type veth peer name v2
ip link set v1 up; ip link set v2 up
ip addr add 10.1.2.3/16 dev v1
ip addr add 10.1.200.1/24 dev v1
ip addr add 192.168.1.10/24 dev v2
ip addr add 192.168.1.11/24 dev v2
ip route add default via 10.1.0.1
for i in 5 1 9 3 7 2 8 4 6; do ip route add 172.20.$i.0/24 via 192.168.1.1; done
ip route add 172.20.0.0/16 via 192.168.1.1 tos 0x10
ip route add prohibit 203.0.113.0/24
ip route add blackhole 203.0.113.128/25
ip route add 8.8.8.8 via 10.1.0.1 metric 5
ip route add 8.8.8.8 via 192.168.1.1 metric 10
ip route add 100.64.0.0/10 dev v1 table 100
ip route add 100.64.1.0/24 dev v1 table 7
ip route add 100.64.2.0/24 dev v1 table 263
cat /proc/net/fib_trie
cat /proc/net/fib_triestat
ip rule add from 1.2.3.4 table 100
cat /proc/net/fib_trie
cat /proc/net/fib_triestat
ip route add 10.250.0.0/16 dev v1
ip route add 10.250.1.0/24 dev v1 table local
cat /proc/net/fib_trie | head -60
cat /proc/net/route
cat /proc/net/rt_cache
