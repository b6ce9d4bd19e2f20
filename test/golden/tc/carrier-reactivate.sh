ip netns add a
ip netns add b
ip link add v0 netns a type veth peer name v1 netns b
ip -n a addr add 10.0.0.1/24 dev v0
ip -n b addr add 10.0.0.2/24 dev v1
ip netns exec a sysctl -qw net.ipv6.conf.v0.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
ip -n a link set v0 up
ip -n b link set v1 up
ip netns exec a tc qdisc add dev v0 root handle 1: pfifo limit 50
ip netns exec a ping -c 2 -i 0.2 10.0.0.2 | tail -2 | head -1
ip -n b link set v1 down
sleep 1
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | tail -2 | head -1
ip -n b link set v1 up
sleep 1
ip netns exec a ping -c 2 -i 0.2 10.0.0.2 | tail -2 | head -1
ip netns exec a tc -s qdisc show dev v0
