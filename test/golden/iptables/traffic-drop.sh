# A DROP rule on the receiver: pings time out and are counted.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null; echo "before: rc=$?"
ip netns exec b iptables -I INPUT -s 10.0.0.1 -p icmp -j DROP
ip netns exec a ping -c 2 -W 1 -i 0.2 10.0.0.2 > /dev/null; echo "dropped: rc=$?"
ip netns exec b iptables -L INPUT -v -n -x
ip netns exec b iptables -D INPUT 1
ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null; echo "after: rc=$?"
ip netns del a
ip netns del b
