# bridge monitor fdb: learning, a dynamic flush (newest entry first), get, static add/replace/del, a port leaving
ip netns add a; ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 address 02:00:00:00:00:b0 type bridge
ip link add va address 02:00:00:00:00:a1 type veth peer name eth0 netns a address 02:00:00:00:0a:01
ip link add vb address 02:00:00:00:00:b1 type veth peer name eth0 netns b address 02:00:00:00:0b:01
bridge monitor fdb > /tmp/mon 2>&1 &
mp=$!
sleep 0.5
ip link set va master br0; ip link set vb master br0
ip link set br0 up; ip link set va up; ip link set vb up
ip -n a link set eth0 up; ip -n b link set eth0 up
ip -n a addr add 10.0.0.1/24 dev eth0
ip -n b addr add 10.0.0.2/24 dev eth0
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
bridge fdb flush dev br0 dynamic
bridge fdb get 02:00:00:00:0a:01 br br0; echo rc=$?
bridge fdb add 02:00:00:00:0c:01 dev va master static
bridge fdb replace 02:00:00:00:0c:01 dev vb master static
bridge fdb del 02:00:00:00:0c:01 dev vb master
ip link set vb nomaster
sleep 0.5
kill $mp
cat /tmp/mon
