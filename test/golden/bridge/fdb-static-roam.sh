# a static entry on the wrong port roams when its address is heard on another port
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
bridge fdb add 02:00:00:00:0b:01 dev va master static
bridge fdb add 02:00:00:00:0a:01 dev vb master sticky
bridge fdb show br br0 | grep 02:00:00:00
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
bridge fdb show br br0 | grep 02:00:00:00
ip netns exec b ping -c 1 -W 1 10.0.0.1 | grep transmitted
bridge fdb show br br0 | grep 02:00:00:00
bridge fdb replace 02:00:00:00:0a:01 dev va master static
ip netns exec b ping -c 1 -W 1 10.0.0.1 | grep transmitted
bridge fdb show br br0 | grep 02:00:00:00
