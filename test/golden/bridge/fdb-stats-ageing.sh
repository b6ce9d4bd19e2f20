# fdb ageing and counters: bridge -s fdb used/updated, expiry after ageing_time, brctl showmacs ageing timer
ip netns add a; ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge mcast_snooping 0 ageing_time 500
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
for p in va vb; do ip link set $p master br0; ip link set $p up; done
ip link set br0 up
ip -n a link set eth0 address 02:00:00:00:0a:01 up
ip -n b link set eth0 address 02:00:00:00:0b:01 up
ip -n a addr add 10.0.0.1/24 dev eth0
ip -n b addr add 10.0.0.2/24 dev eth0
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
sleep 2
bridge -s fdb show br br0 | grep 02:00:00:00
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
bridge -s fdb show br br0 | grep 02:00:00:00
bridge -s -j fdb show br br0 | head -c 300; echo
sleep 6
bridge fdb show br br0 | grep 02:00:00:00
echo "---"
bridge fdb add 02:00:00:00:0c:01 dev va master dynamic
bridge -s fdb show br br0 | grep 02:00:00:00
sleep 6
bridge fdb show br br0 | grep 02:00:00:00
ip -d link show br0 | grep -o 'ageing_time [0-9]*'
