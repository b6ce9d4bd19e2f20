# containers on two hosts in one L2 segment: each host bridges its containers with a vxlan (docker overlay by hand)
ip netns add u; ip -n u link set lo up; ip netns exec u sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
for h in 1 2; do
  ip netns add h$h; ip -n h$h link set lo up; ip netns exec h$h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  ip -n u link add e$h type veth peer name eth0 netns h$h
  ip -n u link set e$h up
  ip -n h$h addr add 10.0.0.$h/24 dev eth0; ip -n h$h link set eth0 up
done
ip -n u link add br0 type bridge; ip -n u link set br0 up
ip -n u link set e1 master br0; ip -n u link set e2 master br0
for h in 1 2; do
  o=$((3-h))
  ip -n h$h link add br0 type bridge mcast_snooping 0; ip -n h$h link set br0 up
  ip -n h$h link add vxlan1 type vxlan id 256 remote 10.0.0.$o local 10.0.0.$h dstport 4789
  ip -n h$h link set vxlan1 master br0 up
  ip netns add c$h; ip -n c$h link set lo up; ip netns exec c$h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  ip -n h$h link add veth$h type veth peer name eth0 netns c$h
  ip -n h$h link set veth$h master br0 up
  ip -n c$h link set eth0 address 02:42:0a:00:01:0$h
  ip -n c$h addr add 10.0.1.$h/24 dev eth0; ip -n c$h link set eth0 mtu 1450 up
done
ip -n h1 -d link show vxlan1 | sed -n 3p
ip netns exec c1 ping -c 2 -i 0.3 10.0.1.2 | grep -v rtt
ip netns exec h1 bridge fdb show br br0 | grep 02:42
ip netns exec h1 bridge fdb show dev vxlan1 | grep -v -e 33:33 -e 01:00:5e
ip netns exec h1 tcpdump -nn -e -i eth0 -c 2 udp and greater 140 > /tmp/cap 2>/dev/null &
sleep 1
ip netns exec c1 ping -c 1 10.0.1.2 >/dev/null
wait
sed 's/^[0-9:.]* //;s/\.[0-9]* > /.P > /;s/ [0-9a-f:]\{17\} > [0-9a-f:]\{17\}/ M > M/' /tmp/cap
ip netns exec h1 conntrack -L 2>&1 | tail -1
ip -n c1 link set eth0 mtu 1500
ip netns exec c1 ping -c 1 -W 1 -s 1472 -M do 10.0.1.2 | grep -v rtt
ip -n c1 route get 10.0.1.2
ip netns exec c1 ping -c 1 -W 1 -s 1472 -M do 10.0.1.2 | grep -v rtt
ip netns exec c1 ping -c 1 -W 1 -s 1422 -M do 10.0.1.2 | grep -v rtt
ip netns exec c1 ping -c 1 -W 1 -s 1472 -M dont 10.0.1.2 | grep -v rtt
ip netns exec h1 tcpdump -nn -v -i eth0 -c 2 udp > /tmp/cap 2>/dev/null &
sleep 1
ip netns exec c1 ping -c 1 -W 1 -s 1472 -M dont 10.0.1.2 >/dev/null
wait
sed 's/^[0-9:.]* //;s/id [0-9]*,/id I,/;s/\.[0-9]* > /.P > /' /tmp/cap
ip -n h1 link set vxlan1 mtu 1400
ip netns exec c1 ping -c 1 -W 1 -s 1472 10.0.1.2 | grep -v rtt
ip -n h1 link set vxlan1 mtu 1500
ip netns exec c1 ping -c 1 -W 1 -s 1100 -M do 10.0.2.2 | grep -v rtt
ip -n h1 link set vxlan1 mtu 1500
ip -n h1 link set vxlan1 mtu 1450
