sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip netns add a
ip netns add b
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link set br0 up
ip link add va address 02:00:00:00:00:0a type veth peer name eth0 netns a
ip link add vb address 02:00:00:00:00:0b type veth peer name eth0 netns b
ip -n a link set eth0 address 02:00:00:00:01:0a
ip -n b link set eth0 address 02:00:00:00:01:0b
ip link set va master br0; ip link set vb master br0
ip link set va up; ip link set vb up
ip -n a addr add 10.90.0.1/24 dev eth0; ip -n a link set eth0 up
ip -n b addr add 10.90.0.2/24 dev eth0; ip -n b link set eth0 up
sleep 1
bridge link set dev vb learning off
ip netns exec a ping -c 1 -W 1 10.90.0.2 | grep transmitted
bridge fdb show br br0 | grep -v permanent | sort
bridge link set dev vb flood off
ip -n a neigh flush all
ip netns exec a ping -c 1 -W 1 10.90.0.2 | grep transmitted
bridge link set dev vb flood on learning on
ip netns exec a ping -c 1 -W 1 10.90.0.2 | grep transmitted
bridge fdb show br br0 | grep -v permanent | sort
bridge -s link show dev va
