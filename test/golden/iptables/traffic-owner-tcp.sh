# owner, socket and cgroup on a TCP connection: the client's segments have
# its socket; the server's listener answers the SYN; established segments
# find the accepted socket, the SYN only the wildcard listener; the server's
# SYN-ACK belongs to its listener, its FIN to the socket being closed.
ip netns add peer
ip link add va type veth peer name vb netns peer
ip addr add 10.9.0.1/24 dev va
ip link set va up
ip -n peer addr add 10.9.0.2/24 dev vb
ip -n peer link set vb up
iptables -A OUTPUT -p tcp -m owner --uid-owner 0
iptables -A OUTPUT -p tcp -m owner ! --socket-exists
iptables -A OUTPUT -p tcp -m cgroup --path /
iptables -A OUTPUT -p tcp -m cgroup ! --cgroup 0
iptables -A INPUT -p tcp -m cgroup --path /
P="ip netns exec peer iptables"
$P -t mangle -A PREROUTING -p tcp -m socket
$P -t mangle -A PREROUTING -p tcp -m socket --nowildcard
$P -t mangle -A PREROUTING -p tcp --syn -m socket --nowildcard
$P -A OUTPUT -p tcp --tcp-flags SYN,ACK SYN,ACK -m owner --socket-exists
$P -A OUTPUT -p tcp --tcp-flags FIN FIN -m owner --socket-exists
ip netns exec peer nc -l -p 7000 > /dev/null &
sleep 1
echo hello | nc -N -w 2 10.9.0.2 7000
wait
iptables -L OUTPUT -v -n -x | sed 1,2d | awk '{print $1}'
iptables -L INPUT -v -n -x | sed 1,2d | awk '{print $1}'
$P -t mangle -L PREROUTING -v -n -x | sed 1,2d | awk '{print $1}'
$P -L OUTPUT -v -n -x | sed 1,2d | awk '{print $1}'
