# htb shapes: five pings preloaded at once go to the default class; its own bucket sends the first
# two (lended), the rest wait for tokens (an overlimit each time the class enters CANT_SEND), the
# parent is charged as they leave; a bfifo leaf full drops. Token counts
# depend on the exact nanosecond: left out. IPv6 off: only ping and ARP.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add v0 type veth peer name v1 netns a
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ip -n a addr add 10.0.0.2/24 dev v1
ip -n a link set v1 up
tc qdisc add dev v0 root handle 1: htb default 10
tc class add dev v0 parent 1: classid 1:1 htb rate 2mbit burst 3000 cburst 3000
tc class add dev v0 parent 1:1 classid 1:10 htb rate 1mbit ceil 1mbit burst 3000 cburst 3000
ping -c 1 10.0.0.2 >/dev/null
ping -c 5 -l 5 -s 1400 10.0.0.2 | grep -c "bytes from"
tc -s qdisc show dev v0
tc -s class show dev v0 | grep -v tokens
tc qdisc replace dev v0 root handle 1: htb
sleep 1
ping -c 2 -i 0.3 10.0.0.2 | grep -c "bytes from"
tc -s qdisc show dev v0
tc qdisc replace dev v0 root handle 2: htb default 5 direct_qlen 1
tc class add dev v0 parent 2: classid 2:5 htb rate 1mbit
tc qdisc add dev v0 parent 2:5 handle 5: bfifo limit 2000
ping -c 3 -l 3 -s 1400 10.0.0.2 | grep -c "bytes from"
tc -s qdisc show dev v0
tc -s class show dev v0 | grep -v tokens
