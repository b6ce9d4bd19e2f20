sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.120.0.1/24 dev veth0
ip -n a addr add 10.120.0.2/24 dev veth1
ip link set veth0 up; ip -n a link set veth1 up
ping -c 3 -i 0.2 -s 500 10.120.0.2 > /dev/null
ip -s -s link show veth0
ip -n a -s -s link show veth1
ip -s -j link show veth0 | head -c 400; echo
ip link set veth0 down
ping -c 1 -W 1 10.120.0.2; echo rc=$?
ip -s link show veth0 | sed -n 3,6p
cat /proc/net/dev | grep veth0
