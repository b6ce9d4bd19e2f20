# string on live traffic: ping's default payload carries the bytes 20 21 22 23
# (past offset 60 of the IPv4 packet); rules count where they find them.
ip netns add peer
ip link add va type veth peer name vb netns peer
ip addr add 10.9.0.1/24 dev va
ip link set va up
ip -n peer addr add 10.9.0.2/24 dev vb
ip -n peer link set vb up
ip netns exec peer iptables -A INPUT -p icmp -m string --hex-string "|20212223|" --algo bm
ip netns exec peer iptables -A INPUT -p icmp -m string --hex-string "|20212223|" --algo kmp --to 40
ip netns exec peer iptables -A INPUT -p icmp -m string ! --string "!\"#" --algo bm
ip netns exec peer iptables -A INPUT -p icmp -m string --string "XYZ" --algo bm -j DROP
ping -c 2 -i 0.2 -W 1 10.9.0.2 | grep -o '[0-9]* received'
ip netns exec peer iptables -L INPUT -v -n -x | sed 1,2d | awk '{print $1, $3}'
