# VXLAN over an IPv6 underlay: local/remote IPv6, -d and -j details, MTU (1500 without dev, 1430 with), traffic, tcpdump of the outer IPv6, fdb dst IPv6, family mismatch
ip netns add h1; ip netns add h2
ip link add e1 netns h1 type veth peer name e2 netns h2
ip -n h1 addr add 2001:db8::1/64 dev e1 nodad; ip -n h2 addr add 2001:db8::2/64 dev e2 nodad
ip -n h1 link set e1 up; ip -n h2 link set e2 up
ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1; ip netns exec h2 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip -n h1 link add vx0 type vxlan id 42 local 2001:db8::1 remote 2001:db8::2 dstport 4789
ip -n h2 link add vx0 type vxlan id 42 local 2001:db8::2 remote 2001:db8::1 dstport 4789 dev e2
ip -n h1 -d link show vx0 | sed 's/link\/ether [0-9a-f:]*/link\/ether MAC/; s/brd [0-9a-f:]*//'
ip -n h2 -d link show vx0 | sed 's/link\/ether [0-9a-f:]*/link\/ether MAC/; s/brd [0-9a-f:]*//'
ip -n h1 -j -d link show vx0 | grep -o '"info_data":{[^}]*}'
ip -n h1 addr add 10.9.0.1/24 dev vx0; ip -n h2 addr add 10.9.0.2/24 dev vx0
ip -n h1 link set vx0 up; ip -n h2 link set vx0 up
ip netns exec h1 ping -c 2 -i 0.2 -W 1 10.9.0.2 | grep -E 'transmitted|bytes from'
ip netns exec h2 timeout 2 tcpdump -n -i e2 -c 2 udp 2>&1 &
sleep 0.5
ip netns exec h1 ping -c 1 -W 1 10.9.0.2 > /dev/null
wait
ip netns exec h2 timeout 2 tcpdump -v -n -i e2 -c 1 udp 2>&1 | sed 's/flowlabel 0x[0-9a-f]*/flowlabel F/' &
sleep 0.5
ip netns exec h1 ping -c 1 -W 1 10.9.0.2 > /dev/null
wait
bridge -n h1 fdb show dev vx0 | sed 's/^[0-9a-f:]* /MAC /'
bridge -n h2 fdb show dev vx0 | sed 's/^[0-9a-f:]* /MAC /'
bridge -n h1 fdb add 00:11:22:33:44:55 dev vx0 dst 2001:db8::3
bridge -n h1 fdb append 00:00:00:00:00:00 dev vx0 dst 2001:db8::4 
bridge -n h1 fdb show dev vx0 | sed 's/^[0-9a-f:]*:[0-9a-f][0-9a-f] \(dev vx0 dst 2001:db8::2 self\)$/MAC \1/'
bridge -n h1 fdb del 00:11:22:33:44:55 dev vx0 dst 2001:db8::3
ip -n h1 -s link show vx0 | sed 's/link\/ether [0-9a-f:]*/link\/ether MAC/; s/brd [0-9a-f:]*//'
ip -n h1 link add vx1 type vxlan id 43 local 10.0.0.1 remote 2001:db8::2
ip -n h1 link add vx1 type vxlan id 43 group ff05::100 dev e1
ip -n h1 link add vx2 type vxlan id 44 group ff05::100
ip -n h1 -d link show vx1 | grep -o 'vxlan.*'
ip -n h1 link show vx1 | grep -o 'mtu [0-9]*'
ip -n h1 link set vx1 up
ip -n h1 maddr show dev e1 | grep -c ff05
ip -n h1 link add vx3 type vxlan id 45 remote 2001:db8::2 dev e1
ip -n h1 link show vx3 | grep -o 'mtu [0-9]*'
ip -n h1 link add vx4 type vxlan id 46 remote 2001:db8::2 dstport 4790
ip -n h1 link show vx4 | grep -o 'mtu [0-9]*'
ip -n h1 link add vx5 type vxlan id 46 remote 2001:db8::2 local 2001:db8::1 dstport 4790
ip -n h1 link set vx3 mtu 1431
ip -n h1 link set vx3 mtu 1430; echo rc=$?
