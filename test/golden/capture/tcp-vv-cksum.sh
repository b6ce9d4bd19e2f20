sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip netns add a
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02 netns a
ip addr add 10.21.0.1/24 dev veth0
ip -n a addr add 10.21.0.2/24 dev veth1
ip link set veth0 up
ip -n a link set veth1 up
ip netns exec a nc -l -p 7000 > /dev/null &
sleep 0.3
tcpdump -i veth0 -n -vv -c 3 tcp 2>&1 | grep -v "packets received" &
sleep 0.5
echo hi | nc -q 0 10.21.0.2 7000
wait
