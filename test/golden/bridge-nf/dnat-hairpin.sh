# DNAT on a bridge (br_netfilter): a container pinging the bridge's address
# is DNATed to a container behind the same bridge, which is bridged there
# (no TTL decrement, no IP forwarding): from a second container to the
# first while the host has no ARP entry for it yet (resolved through br0),
# and from the first to itself, through the port only once hairpin is on
# (MASQUERADE makes it answer the bridge).
ip link add br0 type bridge
ip link set br0 up
ip addr add 10.5.0.1/24 dev br0
for i in 1 2; do
  ip netns add c$i
  ip link add vh$i type veth peer name eth0 netns c$i
  ip link set vh$i master br0 up
  ip -n c$i addr add 10.5.0.$((i+1))/24 dev eth0
  ip -n c$i link set eth0 up
done
sysctl -qw net.ipv6.conf.br0.disable_ipv6=1
ip netns exec c1 ping -c 1 -W 1 10.5.0.1 | grep -c "bytes from"
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -A PREROUTING -d 10.5.0.1 -p icmp -j DNAT --to-destination 10.5.0.2
iptables -t nat -A POSTROUTING -s 10.5.0.2 -d 10.5.0.2 -j MASQUERADE
timeout 3 tcpdump -i vh1 -nn -v -c 4 -l icmp 2>/dev/null > vh1.cap &
sleep 0.5
ip netns exec c2 ping -c 1 -W 1 10.5.0.1 | sed 's/time=.*//'
ip neigh show dev br0
ip netns exec c1 ping -c 1 -W 1 10.5.0.1 | sed 's/time=.*//'
bridge link set dev vh1 hairpin on
ip netns exec c1 ping -c 1 -W 1 10.5.0.1 | sed 's/time=.*//'
wait
sed 's/^[0-9:.]* //' vh1.cap
ip neigh show dev br0
iptables -t nat -L -v -n -x
conntrack -L -p icmp 2>&1 | sed 's/ [0-9]* src/ T src/; s/id=[0-9]*/id=I/g' | sort
ip -s -s neigh show dev br0 | grep -c used
cat /proc/net/snmp | grep -A1 "^Ip:" | cut -d" " -f1-2,6-7
