# backup port failover: a frame for a port whose carrier is down goes out of its backup port
ip netns add a; ip netns add b; ip netns add c
for n in a b c; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge mcast_snooping 0
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip link add vc type veth peer name eth0 netns c
for p in va vb vc; do ip link set $p master br0; ip link set $p up; done
ip link set br0 up
ip -n a link set eth0 address 02:00:00:00:0a:01 up
ip -n b link set eth0 address 02:00:00:00:0b:01 up
ip -n c link set eth0 address 02:00:00:00:0b:01 up
ip -n a addr add 10.0.0.1/24 dev eth0
ip -n b addr add 10.0.0.2/24 dev eth0
ip -n c addr add 10.0.0.2/24 dev eth0
ip -n c link set eth0 down
sleep 3
bridge fdb add 02:00:00:00:0b:01 dev vb master static
bridge link set dev vb backup_port vc
bridge -d link show dev vb | grep -o 'backup_port [a-z]*'
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
ip -n b link set eth0 down
ip -n c link set eth0 up
ip link show vb | grep -o 'NO-CARRIER[^ ]*'
ip netns exec a ping -c 2 -W 1 10.0.0.2 | grep transmitted
ip -s link show vc | sed -n '4p;6p'
ip -s link show vb | sed -n '4p;6p'
bridge fdb show br br0 | grep 02:00:00:00
bridge link set dev vb nobackup_port
ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted
