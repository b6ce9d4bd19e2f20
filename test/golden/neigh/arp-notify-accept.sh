# arp_notify: a gratuitous request on link up and on a MAC change (inetdev_event), seen by tcpdump -e on the peer; arp_accept=1 makes an entry from it and the second one overrides its address.
ip netns add a; ip netns add b
for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
ip link add eth0 netns a address 02:00:00:00:00:0a type veth peer name eth0 netns b address 02:00:00:00:00:0b
ip -n b addr add 10.0.0.2/24 dev eth0
ip -n b link set eth0 up
ip netns exec a sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip netns exec b sysctl -qw net.ipv4.conf.eth0.arp_accept=1
ip -n a addr add 10.0.0.1/24 dev eth0
ip netns exec b tcpdump -nn -e -i eth0 -c 2 arp > /tmp/cap 2>/dev/null &
tp=$!
sleep 1
ip -n a link set eth0 up
sleep 1
ip -n a link set eth0 address 02:00:00:00:00:aa
wait $tp
sed 's/^[0-9:.]* //' /tmp/cap
ip -n b neigh show
ip netns exec b sysctl net.ipv4.conf.eth0.arp_accept net.ipv4.conf.all.arp_notify
