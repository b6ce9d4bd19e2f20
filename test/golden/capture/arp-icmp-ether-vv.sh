sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02 netns a
ip addr add 10.20.0.1/24 dev veth0
ip -n a addr add 10.20.0.2/24 dev veth1
ip link set veth0 up
ip -n a link set veth1 up
tcpdump -i veth0 -e -vv -n -c 4 2>&1 | grep -v "packets received" &
sleep 0.5
ping -c 1 -W 1 10.20.0.2 > /dev/null
wait
tcpdump -i veth0 -e -n -c 2 icmp 2>&1 | grep -v "packets received" &
sleep 0.5
ping -c 1 -W 1 -s 100 10.20.0.2 > /dev/null
wait
