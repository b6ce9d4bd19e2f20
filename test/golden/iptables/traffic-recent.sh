# recent on live traffic: a source seen 3 times within 10 s is dropped after.
ip netns add peer
ip link add va type veth peer name vb netns peer
ip addr add 10.9.0.1/24 dev va
ip link set va up
ip -n peer addr add 10.9.0.2/24 dev vb
ip -n peer link set vb up
ip netns exec peer iptables -A INPUT -p icmp -m recent --name P --rcheck --seconds 10 --hitcount 3 -j DROP
ip netns exec peer iptables -A INPUT -p icmp -m recent --name P --set
ip netns exec peer iptables -A INPUT -p icmp -m recent ! --rcheck --name Q
ping -c 5 -i 0.1 -W 1 10.9.0.2 | grep -o '[0-9]* received'
ip netns exec peer iptables -L INPUT -v -n -x | sed 1,2d | awk '{print $1, $3}'
ip netns exec peer iptables -S INPUT
