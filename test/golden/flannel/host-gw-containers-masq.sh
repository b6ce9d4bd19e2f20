# two hosts joined by a veth underlay, containers on each, host-gw routes, MASQUERADE to the world, conntrack
ip netns add world; ip -n world link set lo up
ip -n world link add br0 type bridge; ip -n world addr add 192.168.100.254/24 dev br0; ip -n world link set br0 up
for h in 1 2; do
  ip netns add host$h; ip -n host$h link set lo up
  ip netns exec host$h sysctl -qw net.ipv4.ip_forward=1
  ip -n world link add up$h type veth peer name eth0 netns host$h
  ip -n world link set up$h master br0 up
  ip -n host$h addr add 192.168.100.$h/24 dev eth0; ip -n host$h link set eth0 up
  ip -n host$h link add docker0 type bridge
  ip -n host$h addr add 172.18.$h.1/24 dev docker0; ip -n host$h link set docker0 up
  ip netns add c$h; ip -n c$h link set lo up
  ip -n host$h link add veth$h type veth peer name eth0 netns c$h
  ip -n host$h link set veth$h master docker0 up
  ip -n c$h addr add 172.18.$h.2/24 dev eth0; ip -n c$h link set eth0 up
  ip -n c$h route add default via 172.18.$h.1
  ip netns exec host$h iptables -t nat -A POSTROUTING -s 172.18.$h.0/24 ! -d 172.18.0.0/16 -o eth0 -j MASQUERADE
done
echo "--- no route yet"
ip netns exec c1 ping -c 1 -W 1 172.18.2.2 | grep -v rtt
ip -n host1 route add 172.18.2.0/24 via 192.168.100.2
ip -n host2 route add 172.18.1.0/24 via 192.168.100.1
ip -n host1 route add 172.18.2.0/24 via 192.168.100.2; echo "exit $?"
ip -n host1 route replace 172.18.2.0/24 via 192.168.100.2 dev eth0
ip netns exec c1 ping -c 2 -i 0.2 172.18.2.2 | grep -v rtt
ip netns exec c1 ping -c 1 192.168.100.254 | grep -v rtt
ip netns exec host1 conntrack -L 2>/dev/null | grep -v 224.0.0.22 | sed 's/ timeout=[0-9]*//;s/id=[0-9]*/id=I/g' | sort
ip netns exec host1 iptables -t nat -L POSTROUTING -n -v
ip netns exec host2 tcpdump -nn -e -i eth0 -c 2 icmp > /tmp/t 2>/dev/null &
sleep 1
ip netns exec c1 ping -c 1 172.18.2.2 > /dev/null
wait
sed 's/^[0-9:.]* //;s/[0-9a-f:]\{17\}/M/g' /tmp/t
ip -n host1 route get 172.18.2.2
ip -n host1 route get 172.18.2.2 from 172.18.1.2 iif docker0
ip netns exec c2 ip route
ip -n world neigh | sort
