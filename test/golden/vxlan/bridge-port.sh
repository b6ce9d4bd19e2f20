# A vxlan device as a bridge port: containers on two hosts share one L2 segment.
ip netns add h1
ip netns add h2
ip link add eth0 netns h1 type veth peer name eth0 netns h2
for i in 1 2; do
  ip netns exec h$i sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  ip -n h$i addr add 192.168.0.$i/24 dev eth0
  ip -n h$i link set eth0 up
  ip -n h$i link add br0 type bridge
  ip -n h$i link set br0 up
  ip -n h$i link add vxlan0 type vxlan id 42 dstport 4789 local 192.168.0.$i dev eth0
  ip -n h$i link set vxlan0 master br0
  ip -n h$i link set vxlan0 up
  ip netns add c$i
  ip netns exec c$i sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  ip -n h$i link add veth$i type veth peer name eth0 netns c$i
  ip -n h$i link set veth$i master br0
  ip -n h$i link set veth$i up
  ip -n c$i addr add 172.16.0.$i/24 dev eth0
  ip -n c$i link set eth0 up
done
ip netns exec h1 bridge fdb append 00:00:00:00:00:00 dev vxlan0 dst 192.168.0.2
ip netns exec h2 bridge fdb append 00:00:00:00:00:00 dev vxlan0 dst 192.168.0.1
ip netns exec c1 ping -c 2 -i 0.2 172.16.0.2 | head -3
ip netns exec c2 ping -c 1 172.16.0.1 | sed -n 2p
