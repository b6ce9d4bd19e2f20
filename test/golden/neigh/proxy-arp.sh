sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.140.0.1/24 dev veth0
ip -n a addr add 10.140.0.2/16 dev veth1
ip link set veth0 up; ip -n a link set veth1 up
ip link add dummyveth type veth peer name dv1
ip addr add 10.140.5.1/24 dev dummyveth
ip link set dummyveth up; ip link set dv1 up
ip netns exec a ping -c 1 -W 1 10.140.5.1 | grep transmitted
sysctl -qw net.ipv4.conf.veth0.proxy_arp=1
sysctl -qw net.ipv4.ip_forward=1
ip -n a neigh flush all
ip netns exec a ping -c 1 -W 1 10.140.5.9 | grep transmitted
ip -n a neigh show | sed 's/lladdr [0-9a-f:]*/lladdr X/'
