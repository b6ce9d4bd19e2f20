# ip monitor neigh on the ARP table: resolution, admin add/replace/delete, a failed resolution, and the flush when the device goes down.
ip netns add a
ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add eth0 netns a type veth peer name eth0 netns b
ip -n b link set eth0 address 02:00:00:00:00:0b
ip -n a addr add 10.0.0.1/24 dev eth0
ip -n b addr add 10.0.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n a monitor neigh > /tmp/mon 2>&1 &
sleep 0.5
ip netns exec a ping -c 1 10.0.0.2 | tail -2
ip -n a neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev eth0
ip -n a neigh replace 10.0.0.7 lladdr 02:00:00:00:00:08 dev eth0 nud permanent
ip -n a neigh replace 10.0.0.7 lladdr 02:00:00:00:00:08 dev eth0 nud permanent
ip -n a neigh del 10.0.0.7 dev eth0
ip netns exec a ping -c 1 -W 1 10.0.0.9 | tail -2
sleep 3
ip -n a link set eth0 down
sleep 0.5
kill %1
wait
cat /tmp/mon
timeout 1 ip -n a monitor neigh; echo $?
timeout -s INT 1 ip -n a monitor neigh dev eth0; echo $?
