# owner and socket on live traffic: UDP sent by a local process has a socket
# owned by root; the peer's socket match sees a connected listener.
ip netns add peer
ip link add va type veth peer name vb netns peer
ip addr add 10.9.0.1/24 dev va
ip link set va up
ip -n peer addr add 10.9.0.2/24 dev vb
ip -n peer link set vb up
iptables -A OUTPUT -p udp -m owner --uid-owner root
iptables -A OUTPUT -p udp -m owner --uid-owner 1-100
iptables -A OUTPUT -p udp -m owner ! --socket-exists
iptables -A OUTPUT -p udp -m owner --gid-owner 0 --suppl-groups
iptables -A OUTPUT -p icmp -m owner ! --socket-exists
ip netns exec peer iptables -t mangle -A PREROUTING -p udp -m socket
ip netns exec peer iptables -t mangle -A PREROUTING -p udp -m socket --nowildcard
ip netns exec peer iptables -t mangle -A PREROUTING -p udp -m socket --transparent
ip netns exec peer nc -u -l -s 10.9.0.2 -p 5000 > /dev/null &
ip netns exec peer nc -u -l -p 5001 > /dev/null &
sleep 1
echo a | nc -u -w 1 10.9.0.2 5000
echo b | nc -u -w 1 10.9.0.2 5001
echo c | nc -u -w 1 10.9.0.2 5002
kill %1 %2
wait
iptables -L OUTPUT -v -n -x | sed 1,2d | awk '{print $1}'
iptables -L OUTPUT
ip netns exec peer iptables -t mangle -L PREROUTING -v -n -x | sed 1,2d | awk '{print $1}'
