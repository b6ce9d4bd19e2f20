# /proc/net/fib_trie after deletions: single deletes rebalance at once (fib_remove_alias), flushes (last address
# gone, link down) walk every table in reverse and resize each node (fib_table_flush), rules unmerge local/main.
ip link add d0 type veth peer name d1
ip link set d0 up
ip addr add 10.0.0.1/24 dev d0
for i in 1 2 3 4 5 6 7 8; do ip route add 10.$i.0.0/16 via 10.0.0.2; done
ip route add 10.1.5.0/24 via 10.0.0.2
ip route add 192.168.1.0/24 via 10.0.0.2
ip route add 172.16.0.0/12 via 10.0.0.2
ip route del 10.3.0.0/16
ip route del 10.4.0.0/16
ip route del 10.1.5.0/24
cat /proc/net/fib_trie
ip route del 10.5.0.0/16
ip route del 10.6.0.0/16
ip route del 10.7.0.0/16
cat /proc/net/fib_trie | head -30
ip link del d0
ip link add d0 type veth peer name d1
ip link set d0 up
ip link set d1 up
ip addr add 10.0.0.1/24 dev d0
ip addr add 192.168.5.1/24 dev d1
for i in 1 2 3 4 5 6; do ip route add 10.$i.0.0/16 via 10.0.0.2; ip route add 172.$((16+i)).0.0/16 via 192.168.5.2; done
ip route add 10.9.9.0/24 dev d0 table 100
ip route add 10.9.8.0/24 dev d0 table 100
ip route add 10.9.7.0/24 dev d0 table 100
ip route del 10.9.8.0/24 dev d0 table 100
ip addr del 192.168.5.1/24 dev d1
cat /proc/net/fib_trie
ip rule add from 10.0.0.0/8 table 100
ip route del 10.2.0.0/16
ip route flush 10.5.0.0/16
ip route replace 10.1.0.0/16 via 10.0.0.3
ip addr add 10.0.0.7/24 dev d0
ip addr del 10.0.0.7/24 dev d0
cat /proc/net/fib_trie
ip link set d0 down
cat /proc/net/fib_trie
cat /proc/net/fib_triestat | head -40
