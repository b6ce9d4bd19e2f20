# VXLAN overlay by hand across three hosts: all-zeros fdb entries with bridge fdb append (head-end replication)
ip netns add u; ip -n u link set lo up; ip netns exec u sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n u link add br0 type bridge; ip -n u link set br0 up
for n in 1 2 3; do
  ip netns add h$n; ip -n h$n link set lo up; ip netns exec h$n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  ip -n u link add up$n type veth peer name eth0 netns h$n
  ip -n u link set up$n master br0 up
  ip -n h$n addr add 192.168.0.$n/24 dev eth0; ip -n h$n link set eth0 up
  ip -n h$n link add vxlan0 type vxlan id 100 dstport 4789 local 192.168.0.$n dev eth0
  ip -n h$n link set vxlan0 address 0a:00:00:00:00:0$n
  ip -n h$n addr add 10.100.0.$n/24 dev vxlan0
  ip -n h$n link set vxlan0 up
done
for n in 1 2 3; do for m in 1 2 3; do
  [ $n = $m ] && continue
  ip netns exec h$n bridge fdb append 00:00:00:00:00:00 dev vxlan0 dst 192.168.0.$m
done; done
ip netns exec h1 bridge fdb append 00:00:00:00:00:00 dev vxlan0 dst 192.168.0.2
ip netns exec h1 bridge fdb add 00:00:00:00:00:00 dev vxlan0 dst 192.168.0.2
ip netns exec h1 bridge fdb show dev vxlan0
ip netns exec h2 tcpdump -nn -i eth0 -c 2 udp port 4789 > /tmp/cap2 2>/dev/null &
ip netns exec h3 tcpdump -nn -i eth0 -c 1 udp port 4789 > /tmp/cap3 2>/dev/null &
sleep 1
ip netns exec h1 ping -c 1 -W 1 10.100.0.2 | grep -v rtt
wait
sed 's/^[0-9:.]* //;s/\.[0-9]* > /.P > /' /tmp/cap2 /tmp/cap3
ip -n h2 -s link show vxlan0 | sed -n 3,4p
ip netns exec h1 bridge fdb show dev vxlan0 | sort
ip -n h1 neigh show dev vxlan0
ip netns exec h1 bridge fdb del 00:00:00:00:00:00 dev vxlan0 dst 192.168.0.3
ip netns exec h1 bridge fdb del 00:00:00:00:00:00 dev vxlan0 dst 192.168.0.3
ip netns exec h1 bridge fdb show dev vxlan0 | grep 00:00:00:00:00:00
ip netns exec h1 ping -c 1 -W 1 10.100.0.3 | grep -v rtt


