# tcpdump -i any -e (cooked headers), -Q in on any, -i lo -v, with pings to a neighbour, 127.0.0.1 and the host's own address
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up; ip -n a link set lo up
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sleep 0.5
ip netns exec a timeout 3 tcpdump -i any -n -l -e icmp > /tmp/c1 2>/tmp/e1 &
ip netns exec a timeout 3 tcpdump -i any -n -l -Q in icmp > /tmp/c2 2>/tmp/e2 &
ip netns exec a timeout 3 tcpdump -i lo -n -l -v icmp > /tmp/c3 2>/tmp/e3 &
sleep 0.5
ip netns exec a ping -c 1 10.0.0.2 >/dev/null
ip netns exec a ping -c 1 127.0.0.1 >/dev/null
ip netns exec a ping -c 1 10.0.0.1 >/dev/null
wait
for i in 1 2 3; do sed -E 's/^[0-9:.]+ //' /tmp/c$i; cat /tmp/e$i; done
