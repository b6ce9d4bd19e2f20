# /proc/net/fib_trie as container tutorials read it: each namespace's own
# trie, local and main merged until a rule is added.
ip netns add c1
ip netns add c2
ip link add veth1 type veth peer name eth0 netns c1
ip link add veth2 type veth peer name eth0 netns c2
ip addr add 172.18.0.1/16 dev veth1
ip link set veth1 up; ip link set veth2 up
for n in 1 2; do
  ip -n c$n link set lo up
  ip -n c$n addr add 172.18.0.$((n+1))/16 dev eth0
  ip -n c$n link set eth0 up
  ip -n c$n route add default via 172.18.0.1
done
ip -n c2 addr add 10.99.0.5/32 dev lo
ip netns exec c1 cat /proc/net/fib_trie
ip netns exec c2 cat /proc/net/fib_trie
ip netns exec c2 awk '/32 host/ { print f } {f=$2}' /proc/net/fib_trie | sort -u
ip netns exec c1 cat /proc/net/fib_triestat
ip netns exec c1 ip rule add fwmark 1 table 10
ip netns exec c1 ip route add 192.0.2.0/24 via 172.18.0.1 table 10
ip netns exec c1 cat /proc/net/fib_trie
ip netns exec c1 cat /proc/net/fib_triestat
ip netns del c1; ip netns del c2
