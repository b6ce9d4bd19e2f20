# The outer header: ttl (auto, fixed, inherit), tos, DF, UDP checksum, decoded with -v.
ip netns add a
ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add eth0 netns a type veth peer name eth0 netns b
ip -n a addr add 192.168.0.1/24 dev eth0
ip -n b addr add 192.168.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n a link add vx0 type vxlan id 1 dstport 4789 remote 192.168.0.2 dev eth0 ttl 17 tos 0x20 df set
ip -n b link add vx0 type vxlan id 1 dstport 4789 remote 192.168.0.1 dev eth0 ttl inherit noudpcsum
ip -n a addr add 10.1.1.1/24 dev vx0
ip -n b addr add 10.1.1.2/24 dev vx0
ip -n a link set vx0 up
ip -n b link set vx0 up
ip netns exec a tcpdump -v -n -i eth0 -c 4 udp > /tmp/cap 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 10.1.1.2 | tail -2
wait
cat /tmp/cap
