# locked port: frames from a source the FDB does not hold on that port are dropped (static neighbours: no ARP races)
ip netns add a; ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
for p in va vb; do ip link set $p master br0; ip link set $p up; done
ip link set br0 up
ip -n a link set eth0 address 02:00:00:00:0a:01 up
ip -n b link set eth0 address 02:00:00:00:0b:01 up
ip -n a addr add 10.0.0.1/24 dev eth0
ip -n b addr add 10.0.0.2/24 dev eth0
ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:0b:01 dev eth0
ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:0a:01 dev eth0
bridge link set dev va locked on learning off
bridge -d link show dev va | grep -o 'learning [a-z]*\|locked [a-z]*'
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
bridge fdb show br br0 | grep 02:00:00:00
bridge fdb add 02:00:00:00:0a:01 dev vb master static
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
bridge fdb show br br0 | grep 02:00:00:00
bridge fdb del 02:00:00:00:0a:01 dev vb master static
bridge fdb add 02:00:00:00:0a:01 dev va master static
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
bridge fdb show br br0 | grep 02:00:00:00
bridge fdb add 02:00:00:00:0a:01 dev va master permanent
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
bridge fdb del 02:00:00:00:0a:01 dev va master
bridge link set dev va learning on
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
bridge fdb show br br0 | grep 02:00:00:00
bridge link set dev va locked off
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
bridge fdb show br br0 | grep 02:00:00:00
ip link set dev va type bridge_slave locked on
ip -d link show dev va | grep -o 'locked [a-z]*'
cat /sys/class/net/va/brport/locked
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
bridge link set dev va mab on
