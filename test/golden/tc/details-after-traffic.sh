# tc -s -d after traffic through an htb class holding a tbf and a tbf root elsewhere: the details line
# (ver, linklayer, burst/cell, mpu, level, quantum), backlog, overlimits, lended; tokens masked (they run
# with the clock).
for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip netns exec a tc qdisc add dev va root handle 1: htb default 10
ip netns exec a tc class add dev va parent 1: classid 1:1 htb rate 10mbit 2>/dev/null
ip netns exec a tc class add dev va parent 1:1 classid 1:10 htb rate 1mbit ceil 2mbit burst 2k 2>/dev/null
ip netns exec a tc qdisc add dev va parent 1:10 handle 10: tbf rate 5mbit burst 3000 limit 20000
ip netns exec b tc qdisc add dev vb root handle 5: tbf rate 8mbit burst 4k latency 20ms
ip netns exec a ping -c 4 -i 0.3 -s 1000 10.0.0.2 | grep -c "bytes from"
ip netns exec a tc -s -d qdisc show dev va
ip netns exec a tc -s -d class show dev va | sed -E 's/(c?tokens:) -?[0-9]+/\1 N/g'
ip netns exec b tc -s -d qdisc show dev vb
ip netns exec b tc -s -d class show dev vb
ip netns exec a tc -s -d -j qdisc show dev va | sed -E 's/"(c?tokens)":-?[0-9]+/"\1":N/g'
