# hashlimit on live traffic: 10 pings 0.1 s apart against --hashlimit-upto 2/sec
# burst 3 per source: the first three pass the limit, then one every 0.5 s.
ip netns add peer
ip link add va type veth peer name vb netns peer
ip addr add 10.9.0.1/24 dev va
ip link set va up
ip -n peer addr add 10.9.0.2/24 dev vb
ip -n peer link set vb up
ip netns exec peer iptables -A INPUT -p icmp -m hashlimit --hashlimit-upto 2/sec --hashlimit-burst 3 --hashlimit-mode srcip --hashlimit-name p -j ACCEPT
ip netns exec peer iptables -A INPUT -p icmp -j DROP
ping -c 10 -i 0.1 -W 1 10.9.0.2 | grep -o '[0-9]* received'
ip netns exec peer iptables -L INPUT -v -n -x | sed 1,2d | awk '{print $1, $3}'
