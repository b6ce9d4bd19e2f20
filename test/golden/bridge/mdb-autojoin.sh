# ip addr add GROUP autojoin: the group joined, reported, learned by a snooping bridge
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip netns add c1
ip netns exec c1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip link add v1 type veth peer name eth0 netns c1
ip link set v1 master br0
ip link set br0 up; ip link set v1 up
ip -n c1 link set eth0 up
ip -n c1 addr add 10.0.0.2/24 dev eth0
sleep 0.2
ip -n c1 addr add 239.1.1.1/32 dev eth0 autojoin
# Apart, so that the two joins go out in reports of their own.
sleep 0.3
ip -n c1 addr add 239.1.1.2 dev eth0 autojoin
ip -n c1 addr add 10.9.9.9/32 dev eth0 autojoin; echo "status $?"
ip -n c1 addr add 224.0.0.5/32 dev eth0 autojoin
ip -n c1 addr add 10.0.0.3/24 dev eth0 nodad
ip -n c1 addr add 10.0.0.4/24 dev eth0 permanent
ip -n c1 addr add 10.0.0.5/24 dev eth0 noprefixroute home
sleep 0.5
ip -n c1 addr show dev eth0
ip -n c1 maddr show dev eth0
bridge mdb show
ip -n c1 addr del 239.1.1.1/32 dev eth0
ip -n c1 maddr show dev eth0 | grep inet
ip -n c1 addr add 239.1.1.1/32 dev eth0
ip -n c1 maddr show dev eth0 | grep inet
ip -n c1 addr del 239.1.1.1/32 dev eth0
ip -n c1 addr del 239.1.1.2/32 dev eth0
ip -n c1 maddr show dev eth0 | grep inet
ip -n c1 route show table local | grep 239
