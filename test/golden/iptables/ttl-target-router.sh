# TTL target seen by the other side; ttl match on a router; TTL --ttl-inc to hide a hop
ip netns add c; ip netns add r; ip netns add s
ip link add vc netns c type veth peer name r0 netns r
ip link add vs netns s type veth peer name r1 netns r
ip -n c addr add 10.0.1.2/24 dev vc; ip -n r addr add 10.0.1.1/24 dev r0
ip -n s addr add 10.0.2.2/24 dev vs; ip -n r addr add 10.0.2.1/24 dev r1
ip -n c link set vc up; ip -n s link set vs up; ip -n r link set r0 up; ip -n r link set r1 up
ip -n c route add default via 10.0.1.1; ip -n s route add default via 10.0.2.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec c ping -c 1 -W 1 10.0.2.2 | grep -o 'ttl=[0-9]*'
ip netns exec r iptables -t mangle -A PREROUTING -i r1 -j TTL --ttl-inc 1
ip netns exec c ping -c 1 -W 1 10.0.2.2 | grep -o 'ttl=[0-9]*'
ip netns exec s iptables -t mangle -A OUTPUT -p icmp -j TTL --ttl-set 200
ip netns exec c ping -c 1 -W 1 10.0.2.2 | grep -o 'ttl=[0-9]*'
ip netns exec r iptables -A FORWARD -m ttl --ttl-gt 100 -j DROP
ip netns exec c ping -c 1 -W 1 10.0.2.2 | grep transmitted
ip netns exec r iptables -L FORWARD -v -n -x | sed 's/ \+/ /g'
ip netns exec r iptables -t mangle -L -v -n -x | sed 's/ \+/ /g' | grep TTL
