# Debugging session: tcpdump -n -e -i any while pinging and connecting
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.9.0.1/24 dev va; ip -n b addr add 10.9.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
ip -n a link set lo up; ip -n b link set lo up
ip -n a link set va address 02:00:00:00:00:0a
ip -n b link set vb address 02:00:00:00:00:0b
ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec a tcpdump -n -e -i any -c 6 -l 2>&1 | sed -E 's/^[0-9:.]+ //' &
sleep 0.5
ip netns exec a ping -c 2 -i 0.2 10.9.0.2 > /dev/null
ip netns exec a ping -c 1 -W 1 10.9.0.3 > /dev/null; echo "rc=$?"
wait
