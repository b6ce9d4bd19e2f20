# Two namespaces on a veth underlay, a vxlan (IANA port) between them, ping across.
ip netns add a
ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add eth0 netns a type veth peer name eth0 netns b
ip -n a addr add 192.168.0.1/24 dev eth0
ip -n b addr add 192.168.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n a link add vxlan0 type vxlan id 42 dstport 4789 remote 192.168.0.2 local 192.168.0.1 dev eth0
ip -n b link add vxlan0 type vxlan id 42 dstport 4789 remote 192.168.0.1 local 192.168.0.2 dev eth0
ip -n a addr add 10.1.1.1/24 dev vxlan0
ip -n b addr add 10.1.1.2/24 dev vxlan0
ip -n a link set vxlan0 up
ip -n b link set vxlan0 up
ip netns exec a tcpdump -n -i eth0 -c 4 udp > /tmp/cap 2>/tmp/caperr &
sleep 1
ip netns exec a ping -c 2 -i 0.2 10.1.1.2
wait
cat /tmp/cap
ip netns exec a bridge fdb show dev vxlan0
ip -n a neigh show dev vxlan0
ip -n a -s link show vxlan0
