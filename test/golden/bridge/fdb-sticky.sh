# sticky fdb entries: shown with "sticky", never moved by frames from another port
ip link add br0 type bridge
ip netns add a; ip netns add b
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip link set va master br0; ip link set vb master br0
ip link set br0 up; ip link set va up; ip link set vb up
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip -n a link set eth0 address 02:00:00:00:00:aa up
ip -n b link set eth0 address 02:00:00:00:00:bb up
ip -n a addr add 10.0.0.1/24 dev eth0
ip -n b addr add 10.0.0.2/24 dev eth0
bridge fdb add 02:00:00:00:00:bb dev va master sticky
bridge fdb add 02:00:00:00:00:cc dev va master static sticky
bridge fdb add 02:00:00:00:00:dd dev va master dynamic sticky
# b's own address, pinned on the wrong port: b's frames refresh it but do not move it.
bridge fdb add 02:00:00:00:00:bb dev va master dynamic sticky
bridge fdb add 02:00:00:00:00:ee dev va master permanent sticky; echo "status $?"
bridge fdb show br br0 | grep 02:00
bridge fdb show br br0 sticky 2>&1 | grep 02:00
ip netns exec b ping -c1 -W1 10.0.0.1 >/dev/null; echo "ping $?"
bridge fdb show br br0 | grep 02:00
bridge -d fdb show br br0 | grep 02:00
bridge -j fdb show dev va | head -c 400; echo
bridge fdb replace 02:00:00:00:00:bb dev vb master static
bridge fdb show br br0 | grep 02:00
ip -n a neigh flush dev eth0; ip -n b neigh flush dev eth0
ip netns exec b ping -c1 -W1 10.0.0.1 >/dev/null; echo "ping $?"
bridge fdb replace 02:00:00:00:00:cc dev vb master static sticky
bridge fdb show br br0 | grep 02:00
bridge fdb flush dev br0 sticky
bridge fdb show br br0 | grep 02:00
