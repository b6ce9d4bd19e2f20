sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip netns add c1
ip netns add c2
ip netns exec c1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns exec c2 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add docker0 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up
for i in 1 2; do
  ip link add veth$i address 02:00:00:00:00:0$i type veth peer name eth0 netns c$i
  ip -n c$i link set eth0 address 02:42:ac:11:00:0$((i+1))
  ip link set veth$i master docker0
  ip link set veth$i up
  ip -n c$i addr add 172.17.0.$((i+1))/16 dev eth0
  ip -n c$i link set eth0 up
  ip -n c$i route add default via 172.17.0.1
done
sleep 1
tcpdump -i docker0 -n -e -c 4 2>&1 | grep -v "packets received" &
sleep 0.5
ip netns exec c1 ping -c 1 172.17.0.3 > /dev/null
wait
ip netns exec c1 ping -c 1 172.17.0.1 | grep transmitted
bridge fdb show br docker0 | grep -v permanent | sort
ip neigh show dev docker0 | sort
brctl showmacs docker0 | awk '{print $1, $2, $3}' | sort
