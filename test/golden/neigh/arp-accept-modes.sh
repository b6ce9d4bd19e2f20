# arp_accept 0/1/2: an unsolicited gratuitous request and a reply from an unknown sender make an entry only when accepted (2: only a sender in one of the device's subnets).
ip netns add a; ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add eth0 netns a address 02:00:00:00:00:0a type veth peer name eth0 netns b address 02:00:00:00:00:0b
ip -n b addr add 10.0.0.2/24 dev eth0
ip -n a addr add 10.0.0.1/24 dev eth0
ip -n a addr add 10.9.9.9/24 dev eth0
ip -n b link set eth0 up
ip netns exec a sysctl -qw net.ipv4.conf.eth0.arp_notify=1
for mode in 0 1 2; do
  ip netns exec b sysctl -qw net.ipv4.conf.eth0.arp_accept=$mode
  ip -n a link set eth0 up
  sleep 0.2
  echo "== arp_accept $mode"
  ip -n b neigh show dev eth0
  ip -n b neigh flush dev eth0
  ip -n a link set eth0 down
done
