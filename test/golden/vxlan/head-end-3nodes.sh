# Head-end replication: three VTEPs, each with the all-zeros entry towards the two others.
ip netns add sw
ip -n sw link add br0 type bridge
ip -n sw link set br0 up
for i in 1 2 3; do
  ip netns add n$i
  ip netns exec n$i sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  ip link add eth0 netns n$i type veth peer name p$i netns sw
  ip -n sw link set p$i master br0
  ip -n sw link set p$i up
  ip -n n$i addr add 192.168.0.$i/24 dev eth0
  ip -n n$i link set eth0 up
  ip -n n$i link add vxlan0 type vxlan id 100 dstport 4789 local 192.168.0.$i dev eth0
  ip -n n$i addr add 10.9.0.$i/24 dev vxlan0
  for j in 1 2 3; do
    [ $i = $j ] || ip netns exec n$i bridge fdb append 00:00:00:00:00:00 dev vxlan0 dst 192.168.0.$j
  done
  ip -n n$i link set vxlan0 up
done
ip netns exec n1 bridge fdb show dev vxlan0
ip netns exec n2 tcpdump -n -i eth0 -c 4 udp > /tmp/cap2 2>/dev/null &
ip netns exec n3 tcpdump -n -i eth0 -c 1 udp > /tmp/cap3 2>/dev/null &
sleep 1
ip netns exec n1 ping -c 1 10.9.0.2 | tail -2
wait
cat /tmp/cap2
echo ---
cat /tmp/cap3
