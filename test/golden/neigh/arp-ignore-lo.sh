sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.150.0.1/24 dev veth0
ip addr add 10.151.0.1/24 dev lo
ip link set lo up
ip -n a addr add 10.150.0.2/24 dev veth1
ip link set veth0 up; ip -n a link set veth1 up
ip -n a route add 10.151.0.0/24 dev veth1
ip netns exec a ping -c 1 -W 1 10.151.0.1 | grep transmitted
sysctl -qw net.ipv4.conf.veth0.arp_ignore=1
ip -n a neigh flush all
ip netns exec a ping -c 1 -W 1 10.151.0.1 | grep transmitted
ip netns exec a ping -c 1 -W 1 10.150.0.1 | grep transmitted
