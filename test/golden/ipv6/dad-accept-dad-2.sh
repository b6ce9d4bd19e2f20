# DAD failures: a global address held by a neighbour (dadfailed tentative, never used), the same
# MAC twice on a bridge with accept_dad 2 (the link-local clash disables IPv6 on the device),
# optimistic_dad, dad_transmits 0, and removing a dadfailed address.
ip netns add sw; ip netns add a; ip netns add b
ip -n sw link add br0 type bridge; ip -n sw link set br0 up
for n in a b; do
  ip link add eth0 netns $n type veth peer name p-$n netns sw
  ip -n sw link set p-$n master br0; ip -n sw link set p-$n up
done
ip -n a link set eth0 address 02:00:00:00:00:01
ip -n b link set eth0 address 02:00:00:00:00:01
ip netns exec b sysctl -qw net.ipv6.conf.eth0.accept_dad=2
ip -n a link set eth0 up
sleep 2
ip -n b link set eth0 up
sleep 2
ip -n a -6 addr show dev eth0 | grep inet6
ip -n b -6 addr show dev eth0
ip netns exec b sysctl net.ipv6.conf.eth0.disable_ipv6
ip -n a -6 addr add 2001:db8::1/64 dev eth0
ip -n b link set eth0 address 02:00:00:00:00:02
ip netns exec b sysctl -qw net.ipv6.conf.eth0.disable_ipv6=0
sleep 2
ip -n b -6 addr show dev eth0 | grep inet6
ip netns exec b sysctl -qw net.ipv6.conf.eth0.accept_dad=1
ip -n b -6 addr add 2001:db8::1/64 dev eth0
ip netns exec b sysctl -qw net.ipv6.conf.eth0.optimistic_dad=1
ip -n b -6 addr add 2001:db8::2/64 dev eth0
ip -n b -6 addr show dev eth0 | grep 2001
sleep 2
ip -n b -6 addr show dev eth0 | grep 2001
ip -n b -6 route get 2001:db8::99
ip netns exec b ping -c 1 -W 1 -I 2001:db8::1 2001:db8::99 2>&1 | head -1
ip -n b -6 addr del 2001:db8::1/64 dev eth0
ip netns exec b sysctl -qw net.ipv6.conf.eth0.dad_transmits=0
ip -n b -6 addr add 2001:db8::1/64 dev eth0
ip -n b -6 addr show dev eth0 | grep 2001
