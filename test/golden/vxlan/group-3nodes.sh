# Multicast group: three VTEPs join 239.1.1.1 on eth0 (IGMPv3 reports, ip maddr, /proc/net/igmp); flooding goes to the group with TTL 1 and every member learns the sender; leaving on down.
ip netns add sw
ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip -n sw link add br0 type bridge
ip -n sw link set br0 up
sleep 2
for i in 1 2 3; do
  ip netns add n$i
  ip netns exec n$i sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  ip link add eth0 netns n$i type veth peer name p$i netns sw
  ip -n sw link set p$i master br0
  ip -n sw link set p$i up
  ip -n n$i addr add 192.168.0.$i/24 dev eth0
  ip -n n$i link set eth0 up
  ip -n n$i link add vxlan0 address 02:00:00:00:00:0$i type vxlan id 100 dstport 4789 group 239.1.1.1 dev eth0
  ip -n n$i addr add 10.9.0.$i/24 dev vxlan0
done
ip netns exec n2 tcpdump -n -v -i eth0 -c 2 igmp > /tmp/igmp 2>/dev/null &
sleep 1
ip -n n2 link set vxlan0 up
wait
cat /tmp/igmp
ip -n n1 link set vxlan0 up
ip -n n3 link set vxlan0 up
ip -n n2 maddr show dev eth0
ip -n n2 maddr show dev vxlan0
ip netns exec n2 cat /proc/net/igmp
ip netns exec n2 tcpdump -n -v -i eth0 -c 4 udp > /tmp/cap2 2>/dev/null &
ip netns exec n3 tcpdump -n -v -i eth0 -c 1 udp > /tmp/cap3 2>/dev/null &
sleep 1
ip netns exec n1 ping -c 1 10.9.0.2 | tail -2
wait
cat /tmp/cap2
echo ---
cat /tmp/cap3
for i in 1 2 3; do ip netns exec n$i bridge fdb show dev vxlan0; done
ip -d -n n1 link show vxlan0
ip -n n2 link set vxlan0 down
ip -n n2 maddr show dev eth0
