# Port flags with traffic: isolated ports do not reach each other, learning off keeps the sender out of the FDB, fdb_flush empties it, flood off stops unknown unicast.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link set br0 up
for i in 1 2 3; do
  ip netns add h$i
  ip netns exec h$i sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  ip link add p$i type veth peer name eth0 netns h$i address 02:00:00:00:00:0$i
  ip link set p$i master br0; ip link set p$i up
  ip -n h$i addr add 10.0.0.$i/24 dev eth0; ip -n h$i link set eth0 up
done
bridge link set dev p1 isolated on
bridge link set dev p2 isolated on
bridge -d link show dev p1 | sed -n '2p'
ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | grep transmitted
ip netns exec h1 ping -c 1 -W 1 10.0.0.3 | grep transmitted
bridge link set dev p2 isolated off
bridge link set dev p3 learning off
ip netns exec h3 ping -c 1 -W 1 10.0.0.2 | grep transmitted
bridge fdb show br br0 | grep -v 33:33 | grep -v permanent | sort
bridge link set dev p2 flood off
ip -n h1 neigh replace 10.0.0.2 lladdr 02:00:00:00:00:02 dev eth0
ip -n h2 neigh replace 10.0.0.1 lladdr 02:00:00:00:00:01 dev eth0
ip link set br0 type bridge fdb_flush
bridge fdb show br br0 | grep -v 33:33 | grep -v permanent | sort
ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | grep transmitted
bridge -d link show dev p2 | sed -n '2p'
ip -d link show p2 | grep -o 'bridge_slave.*' | cut -c1-200
