# Two vxlans (VNI 10 and 20) share one group on one device: one membership (EADDRINUSE ignored), kept until the last of them goes down; a fixed ttl on group traffic; ip maddr add/del and its errors.
ip netns add a
ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add eth0 netns a type veth peer name eth0 netns b
ip -n a addr add 192.168.0.1/24 dev eth0
ip -n b addr add 192.168.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n a link add vx10 type vxlan id 10 dstport 4789 group 239.1.1.1 dev eth0 ttl 4
ip -n a link add vx20 type vxlan id 20 dstport 4789 group 239.1.1.1 dev eth0
ip -n b link add vx10 type vxlan id 10 dstport 4789 group 239.1.1.1 dev eth0
ip -n a link set vx10 up
ip -n a link set vx20 up
ip -n b link set vx10 up
ip netns exec a cat /proc/net/igmp
ip -n a link set vx10 down
ip -n a maddr show dev eth0
ip -n a link set vx20 down
ip -n a maddr show dev eth0
ip -n a link set vx10 up
ip -n a addr add 10.10.0.1/24 dev vx10
ip -n b addr add 10.10.0.2/24 dev vx10
ip netns exec b tcpdump -v -n -i eth0 -c 1 udp > /tmp/cap 2>/dev/null &
tp=$!
sleep 1
ip netns exec a ping -c 1 10.10.0.2 | grep transmitted
wait $tp
cat /tmp/cap
ip -n a maddr add 01:00:5e:01:02:03 dev eth0
ip -n a maddr add 01:00:5e:01:02:03 dev eth0; echo $?
ip -n a maddr show dev eth0
ip -n a maddr del 01:00:5e:01:02:03 dev eth0
ip -n a maddr del 01:00:5e:01:02:03 dev eth0; echo $?
ip -n a maddr add 01:00:5e:01:02:03 dev nosuch; echo $?
ip -n a maddr add 01:00:5e:01:02 dev eth0; echo $?
ip -n a maddr add 01:00:5e:01:02:03; echo $?
ip -n a maddr show dev eth0 dev eth0; echo $?
ip -n a maddr foo; echo $?
ip -n a -j maddr show dev lo
