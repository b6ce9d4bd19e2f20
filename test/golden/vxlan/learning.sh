# Learning from received frames: the peer's inner MAC is learned with its VTEP (no "permanent").
ip netns add a
ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add eth0 netns a type veth peer name eth0 netns b
ip -n a addr add 192.168.0.1/24 dev eth0
ip -n b addr add 192.168.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n a link add vxlan0 address 02:00:00:00:00:0a type vxlan id 7 dstport 4789 dev eth0
ip -n b link add vxlan0 address 02:00:00:00:00:0b type vxlan id 7 dstport 4789 dev eth0 nolearning
ip netns exec a bridge fdb append 00:00:00:00:00:00 dev vxlan0 dst 192.168.0.2
ip netns exec b bridge fdb append 00:00:00:00:00:00 dev vxlan0 dst 192.168.0.1
ip -n a addr add 10.1.1.1/24 dev vxlan0
ip -n b addr add 10.1.1.2/24 dev vxlan0
ip -n a link set vxlan0 up
ip -n b link set vxlan0 up
ip netns exec b ping -c 1 10.1.1.1 | head -2
ip netns exec a bridge fdb show dev vxlan0
ip netns exec b bridge fdb show dev vxlan0
ip -n a link set vxlan0 down
ip netns exec a bridge fdb show dev vxlan0
