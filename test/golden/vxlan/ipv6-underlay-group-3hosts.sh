# VXLAN over IPv6 multicast (group ff05::42) across three hosts on one underlay bridge
ip netns add u; ip link add br0 netns u type bridge; ip -n u link set br0 up
for i in 1 2 3; do
  ip netns add h$i
  ip link add e0 netns h$i type veth peer name p$i netns u
  ip -n u link set p$i master br0; ip -n u link set p$i up
  ip netns exec h$i sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  ip netns exec h$i sysctl -qw net.ipv6.conf.e0.disable_ipv6=0
  ip -n h$i addr add fd00::$i/64 dev e0 nodad
  ip -n h$i link set e0 up
  ip -n h$i link add vx0 type vxlan id 100 group ff05::42 dev e0 dstport 4789
  ip -n h$i addr add 192.168.100.$i/24 dev vx0
  ip -n h$i link set vx0 up
done
ip -n h1 -d link show vx0 | grep -o 'vxlan id.*dstport [0-9]*'
ip -n h1 link show vx0 | grep -o 'mtu [0-9]*'
ip -n h1 maddr show dev e0 | grep -E "ff05|ff02::1$"
ip netns exec h1 ping -c 2 -i 0.2 -W 1 192.168.100.2 | grep -E 'transmitted'
ip netns exec h1 ping -c 1 -W 1 192.168.100.3 | grep -E 'transmitted'
bridge -n h1 fdb show dev vx0 | cut -d" " -f2- | sort
bridge -n h2 fdb show dev vx0 | cut -d" " -f2- | sort
ip netns exec h3 timeout 2 tcpdump -n -i e0 -c 1 udp 2>&1 | sed 's/\.[0-9]* >/.P >/' &
sleep 0.5
ip netns exec h2 ping -c 1 -W 1 192.168.100.9 > /dev/null
wait
ip -n h1 link set vx0 mtu 1431
ip -n h1 link set vx0 mtu 1430; echo rc=$?
ip -n h1 link add vx1 type vxlan id 101 group ff05::42 local fd00::1 dev e0 dstport 4789
ip -n h1 link set vx1 type vxlan group 239.1.1.1
ip -n h1 link add vx2 type vxlan id 102 remote fd00::2 local 10.0.0.1
ip -n h1 link add vx2 type vxlan id 102 remote :: dstport 4789
ip -n h1 link add vx2 type vxlan id 102 local ff02::1 dstport 4789
ip -n h1 -j -d link show vx1 | grep -o '"group6":"[^"]*"'
