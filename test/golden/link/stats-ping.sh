# Counters after pings in ip -s / -s -s link, ifconfig and ethtool -S on a veth;
# MTU bounds of a veth (68..65535).
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip addr add 10.9.0.1/24 dev v0
ip -n a addr add 10.9.0.2/24 dev v1
sysctl -qw net.ipv6.conf.v0.disable_ipv6=1
ip netns exec a sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
ip link set v0 up
ip -n a link set v1 up
sleep 0.1
ping -c 3 -i 0.2 -q 10.9.0.2 | head -3
ip -s link show v0
ip -s -s link show v0
ip -n a -s link show v1
ifconfig v0 | grep -E 'RX|TX'
ethtool -S v0
ip link set v0 mtu 67
echo "s $?"
ip link set v0 mtu 65536
ip link set v0 mtu 65535
echo "s $?"
ip link set v0 mtu 68
ip link show v0 | head -1
