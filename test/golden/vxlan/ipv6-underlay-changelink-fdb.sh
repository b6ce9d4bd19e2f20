# IPv6 vxlan: changelink of the remote, nolearning, fdb replace/flush, ttl/flowlabel options, ip -br
ip netns add h1; ip netns add h2
for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
ip link add e1 netns h1 type veth peer name e2 netns h2
ip netns exec h1 sysctl -qw net.ipv6.conf.e1.disable_ipv6=0; ip netns exec h2 sysctl -qw net.ipv6.conf.e2.disable_ipv6=0
ip -n h1 addr add fd00::1/64 dev e1 nodad; ip -n h1 addr add fd00::11/64 dev e1 nodad; ip -n h2 addr add fd00::2/64 dev e2 nodad
ip -n h1 link set e1 up; ip -n h2 link set e2 up
ip -n h1 link add vx0 type vxlan id 9 remote fd00::3 dev e1 dstport 4789 nolearning ttl 10 flowlabel 0x12345
ip -n h2 link add vx0 type vxlan id 9 remote fd00::1 dev e2 dstport 4789
ip -n h1 -d link show vx0 | grep -o 'vxlan id.*dstport [0-9]* *[a-z0-9 ]*ageing 300'
ip -n h1 link set vx0 type vxlan remote fd00::2
ip -n h1 link set vx0 type vxlan remote 10.0.0.2
ip -n h1 link set vx0 type vxlan local fd00::11
bridge -n h1 fdb show dev vx0
ip -n h1 addr add 10.5.0.1/24 dev vx0; ip -n h2 addr add 10.5.0.2/24 dev vx0
ip -n h1 link set vx0 up; ip -n h2 link set vx0 up
ip netns exec h2 timeout 2 tcpdump -v -n -i e2 -c 1 udp 2>&1 | grep -o 'IP6 (flowlabel [^)]*)' &
sleep 0.5
ip netns exec h1 ping -c 2 -i 0.2 -W 1 10.5.0.2 | grep transmitted
wait
bridge -n h1 fdb show dev vx0 | cut -d' ' -f2- | sort
bridge -n h2 fdb show dev vx0 | cut -d' ' -f2- | sort
bridge -n h1 fdb replace 00:00:00:00:00:00 dev vx0 dst fd00::9
bridge -n h1 fdb show dev vx0 | cut -d' ' -f2- | sort
ip netns exec h1 ping -c 1 -W 1 10.5.0.2 | grep transmitted
ip -n h1 -s link show vx0 | tail -2
ip -br -n h1 link show vx0 | sed 's/[0-9a-f:]\{17\}/MAC/'
ip -n h1 link del vx0; ip -n h1 link show vx0
