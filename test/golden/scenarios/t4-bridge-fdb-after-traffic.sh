# The bridge's CAM table after traffic: learned entries per port, static adds, flush per port, ageing set to 0
ip link add br0 type bridge ageing_time 30000
ip link set br0 up
for i in 1 2 3; do
  ip netns add h$i
  ip link add p$i type veth peer name eth0 netns h$i
  ip link set p$i master br0 up
  ip -n h$i link set eth0 address 02:aa:00:00:00:0$i
  ip netns exec h$i sysctl -qw net.ipv6.conf.eth0.disable_ipv6=1
  ip -n h$i addr add 10.66.0.$i/24 dev eth0; ip -n h$i link set eth0 up
done
echo "learned before traffic: $(bridge fdb show br br0 | grep -c '^02:aa')"
ip netns exec h1 ping -c 1 10.66.0.2 >/dev/null
ip netns exec h3 ping -c 1 10.66.0.1 >/dev/null
bridge fdb show br br0 | grep '^02:aa' | sort
brctl showmacs br0 | awk 'NR==1 || $2 ~ /^02:aa/ {print $1,$2,$3}'
bridge fdb add 02:bb:00:00:00:99 dev p2 master static
bridge fdb show dev p2 | grep -v permanent
bridge fdb flush dev p1 2>&1 || bridge fdb del 02:aa:00:00:00:01 dev p1 master
bridge fdb show br br0 | grep '^02:aa' | sort
ip link set br0 type bridge ageing_time 0
ip -d link show br0 | grep -o 'ageing_time [0-9]*'
bridge fdb show br br0 | grep -c '^02:'
bridge fdb add 02:aa:00:00:00:03 dev p9 master; echo rc=$?
