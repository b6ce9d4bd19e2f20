ip netns add a
ip link add veth0 type veth peer name veth1 netns a
ip addr add 10.110.0.1/24 dev veth0
ip -n a addr add 10.110.0.2/24 dev veth1
ip link set veth0 up; ip -n a link set veth1 up
ip netns exec a sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
ping -c 2 -b -i 0.3 10.110.0.255 2>&1 | grep -v rtt
ping -c 1 -t 64 10.110.0.2 | grep ttl=
ip netns exec a sysctl -qw net.ipv4.ip_default_ttl=32
ping -c 1 10.110.0.2 | grep ttl=
ip netns exec a sysctl -qw net.ipv4.icmp_echo_ignore_all=1
ping -c 1 -W 1 10.110.0.2 | grep transmitted
