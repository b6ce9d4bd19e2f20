# VXLAN's outer UDP checksum (udpcsum, the default) is left to the lower
# device (CHECKSUM_PARTIAL), which veth never completes: tcpdump -vv on the
# underlay reports "bad udp cksum", and the far end accepts it; noudpcsum
# sends none.
ip netns add h1
ip netns add h2
ip link add u1 type veth peer name u2
ip link set u1 netns h1
ip link set u2 netns h2
ip -n h1 addr add 192.168.0.1/24 dev u1
ip -n h2 addr add 192.168.0.2/24 dev u2
ip -n h1 link set u1 up
ip -n h2 link set u2 up
for h in h1 h2; do
  r=192.168.0.1; [ $h = h1 ] && r=192.168.0.2
  ip -n $h link add vx0 type vxlan id 42 remote $r dstport 4789
  ip netns exec $h sysctl -qw net.ipv6.conf.all.disable_ipv6=1
done
ip -n h1 addr add 10.1.0.1/24 dev vx0
ip -n h2 addr add 10.1.0.2/24 dev vx0
ip -n h1 link set vx0 up
ip -n h2 link set vx0 up
ip netns exec h1 tcpdump -n -vv -i u1 udp 2>&1 &
sleep 0.5
ip netns exec h1 ping -c 2 -i 0.2 10.1.0.2 | grep -c ttl=
sleep 0.3
kill %1
wait
ip -n h1 link set vx0 down
ip -n h1 link del vx0
ip -n h1 link add vx0 type vxlan id 42 remote 192.168.0.2 dstport 4789 noudpcsum
ip -n h1 addr add 10.1.0.1/24 dev vx0
ip -n h1 link set vx0 up
ip netns exec h1 tcpdump -n -vv -i u1 -c 2 udp 2>&1 &
sleep 0.5
ip netns exec h1 ping -c 1 10.1.0.2 > /dev/null
wait
ip netns exec h2 nstat -az UdpInCsumErrors UdpInErrors
