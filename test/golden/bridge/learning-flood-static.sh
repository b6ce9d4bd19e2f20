# two namespaces on a bridge: learning, brctl showmacs, ageing via brctl setageing, learning off, flood off stopping unknown unicast, a static entry restoring it
ip netns add a; ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip link set va master br0; ip link set vb master br0
ip link set br0 up; ip link set va up; ip link set vb up
ip -n a link set eth0 address 02:00:00:00:0a:01 up
ip -n b link set eth0 address 02:00:00:00:0b:01 up
ip -n a addr add 10.0.0.1/24 dev eth0
ip -n b addr add 10.0.0.2/24 dev eth0
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
brctl showmacs br0 | grep -v yes | sed 's/[0-9]*\.[0-9]*$/T/'
bridge fdb show br br0 | grep 02:00:00:00
brctl setageing br0 1
sleep 2
brctl showmacs br0 | grep -v yes
bridge fdb show br br0 | grep 02:00:00:00
brctl setageing br0 300
bridge link set dev vb learning off
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
bridge fdb show br br0 | grep 02:00:00:00
bridge link set dev vb flood off
ip -n a neigh flush all
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
bridge fdb add 02:00:00:00:0b:01 dev vb master static
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
bridge fdb show br br0 | grep 02:00:00:00
