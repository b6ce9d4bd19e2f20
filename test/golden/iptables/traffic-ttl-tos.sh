# TTL and TOS rewritten in mangle OUTPUT: the peer sees the new header fields,
# with a valid checksum (the echo reply comes back), and ttl/tos matches count.
ip netns add peer
ip link add va type veth peer name vb netns peer
ip addr add 10.9.0.1/24 dev va
ip link set va up
ip -n peer addr add 10.9.0.2/24 dev vb
ip -n peer link set vb up
iptables -t mangle -A OUTPUT -p icmp -j TTL --ttl-set 7
iptables -t mangle -A OUTPUT -p icmp -j TOS --set-tos 0x10
ip netns exec peer iptables -A INPUT -m ttl --ttl-eq 7 -m tos --tos 0x10/0xff
ip netns exec peer iptables -A INPUT -m dscp --dscp 4
ip netns exec peer iptables -A INPUT -m ttl --ttl-gt 7
ping -c 2 -i 0.2 -W 1 10.9.0.2 > /dev/null; echo ping=$?
ip netns exec peer iptables -L INPUT -v -n -x | sed 1,2d | awk '{print $1, $2}'
