# Watching ARP and ICMP on the wire with tcpdump -e while pinging across a bridge
ip netns add h1; ip netns add h2
ip link add br0 type bridge
ip link set br0 up
for h in h1 h2; do
  ip link add $h-p type veth peer name eth0 netns $h
  ip link set $h-p master br0 up
  ip -n $h link set lo up
done
ip -n h1 link set eth0 address 02:00:00:00:00:01
ip -n h2 link set eth0 address 02:00:00:00:00:02
ip -n h1 addr add 192.168.77.1/24 dev eth0 nodad
ip -n h2 addr add 192.168.77.2/24 dev eth0 nodad
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
for h in h1 h2; do ip netns exec $h sysctl -qw net.ipv6.conf.eth0.disable_ipv6=1; ip -n $h link set eth0 up; done
ip netns exec h2 timeout 5 tcpdump -c 6 -nn -e -i eth0 2>&1 | sed 's/^[0-9:.]* //' &
sleep 1
ip netns exec h1 ping -c 2 -i 0.3 192.168.77.2 | grep -c ttl=64
wait
ip netns exec h1 timeout 5 tcpdump -c 2 -nn -e -i eth0 arp 2>/dev/null | sed 's/^[0-9:.]* //' &
sleep 1
ip netns exec h1 arping -c 1 -I eth0 192.168.77.2 2>&1 | head -2 | sed 's/ [0-9.]*ms$//'
wait
ip -n h1 neigh show
