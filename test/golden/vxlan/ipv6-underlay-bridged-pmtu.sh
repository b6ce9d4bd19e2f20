# bridged VXLAN over IPv6: vxlan as a bridge port, ping -M do too big, ss, ip -6 route get
ip netns add h1; ip netns add h2; ip netns add c1; ip netns add c2
for n in h1 h2 c1 c2; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
ip link add e1 netns h1 type veth peer name e2 netns h2
ip netns exec h1 sysctl -qw net.ipv6.conf.e1.disable_ipv6=0; ip netns exec h2 sysctl -qw net.ipv6.conf.e2.disable_ipv6=0
ip -n h1 addr add fd00:1::1/64 dev e1 nodad; ip -n h2 addr add fd00:1::2/64 dev e2 nodad
ip -n h1 link set e1 up; ip -n h2 link set e2 up
for i in 1 2; do
  ip -n h$i link add br0 type bridge; ip -n h$i link set br0 up
  ip link add v0 netns c$i type veth peer name p0 netns h$i
  ip -n h$i link set p0 master br0; ip -n h$i link set p0 up
  ip -n c$i addr add 10.0.0.$i/24 dev v0; ip -n c$i link set v0 up
done
ip -n h1 link add vx0 type vxlan id 7 remote fd00:1::2 local fd00:1::1 dstport 4789
ip -n h2 link add vx0 type vxlan id 7 remote fd00:1::1 local fd00:1::2 dstport 4789
for i in 1 2; do ip -n h$i link set vx0 master br0; ip -n h$i link set vx0 up; done
ip netns exec c1 ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep transmitted
ip netns exec c1 ping -c 1 -W 1 -M do -s 1472 10.0.0.2 | grep -vE '^(PING|rtt|$)'
ip netns exec c1 ping -c 1 -W 1 -M do -s 1472 10.0.0.2 | grep -vE '^(PING|rtt|$)'
ip netns exec c1 ping -c 1 -W 1 -M do -s 1402 10.0.0.2 | grep transmitted
ip -n c1 route get 10.0.0.2
ip netns exec h1 ss -uan | sort
ip -n h1 -6 route get fd00:1::2
ip -n h1 -s link show vx0 | tail -4 | head -2
bridge -n h1 fdb show br br0 | grep vx0 | cut -d' ' -f2- | sort | uniq -c
