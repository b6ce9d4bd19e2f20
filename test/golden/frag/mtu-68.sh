# The smallest MTU: a 128-byte request leaves v0 (MTU 68) in 48-byte
# fragments; the 128-byte reply from v1 (MTU 1500) is too big for v0 and the
# veth drops it (counted as a TX drop of v1 and an RX drop of v0).
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip addr add 10.9.0.1/24 dev v0
ip -n a addr add 10.9.0.2/24 dev v1
ip link set v0 mtu 68
ip link set v0 mtu 67; echo "rc=$?"
ip link set v0 up
ip -n a link set v1 up
ip netns exec a sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
ping -c 1 -W 1 -s 10 10.9.0.2 | grep bytes
ip netns exec a tcpdump -i v1 -n -v -c 4 -l icmp 2>&1 &
sleep 0.5
ping -c 1 -W 1 -s 100 10.9.0.2 > ping.out; rc=$?
wait; cat ping.out; echo "rc=$rc"
ip -s link show v0 | tail -4
ip -n a -s link show v1 | tail -4
