# l2miss: a unicast MAC the vxlan FDB does not know (no default entry) is reported as an RTM_GETNEIGH "miss"; ip monitor neigh also sees the FDB entries added and deleted (AF_BRIDGE).
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip -n a link add eth0 type veth peer name eth1
ip -n a addr add 192.168.0.1/24 dev eth0
ip -n a link set eth0 up
ip -n a link set eth1 up
ip -n a link add vxlan0 address 02:00:00:00:00:0a type vxlan id 5 dstport 4789 dev eth0 nolearning l2miss
ip -n a addr add 10.2.0.1/24 dev vxlan0
ip -n a link set vxlan0 up
ip -n a -d link show vxlan0 | grep -o 'vxlan id.*ageing 300'
ip -n a neigh add 10.2.0.3 lladdr 02:00:00:00:00:03 dev vxlan0 nud permanent
ip -n a monitor neigh > /tmp/mon 2>&1 &
ip -n a monitor neigh dev vxlan0 label > /tmp/mon2 2>&1 &
sleep 0.5
ip netns exec a ping -c 1 -W 1 10.2.0.3 | tail -2
ip netns exec a bridge fdb add 02:00:00:00:00:03 dev vxlan0 dst 192.168.0.3
ip netns exec a bridge fdb append 00:00:00:00:00:00 dev vxlan0 dst 192.168.0.4
ip netns exec a bridge fdb del 02:00:00:00:00:03 dev vxlan0
ip netns exec a bridge fdb del 00:00:00:00:00:00 dev vxlan0
sleep 0.5
kill %1 %2
wait
cat /tmp/mon
echo ---
cat /tmp/mon2
ip -n a monitor foo
ip -n a monitor neigh dev nosuch
ip -n a monitor help
echo $?
