# owner on what the kernel sends itself (echo replies, port unreachable, RST:
# a control socket without a file) and on ping's own echo requests.
ip netns add peer
ip link add va type veth peer name vb netns peer
ip addr add 10.9.0.1/24 dev va
ip link set va up
ip -n peer addr add 10.9.0.2/24 dev vb
ip -n peer link set vb up
P="ip netns exec peer iptables"
$P -A OUTPUT -p icmp -m owner --socket-exists
$P -A OUTPUT -p icmp -m owner --uid-owner 0
$P -A OUTPUT -p icmp -m owner ! --uid-owner 0
$P -A OUTPUT -p tcp -m owner --socket-exists
$P -A OUTPUT -p tcp -m owner ! --uid-owner 0
$P -A OUTPUT -p tcp
iptables -A OUTPUT -p icmp -m owner --socket-exists
iptables -A OUTPUT -p icmp -m owner --uid-owner 0
ping -c 2 -W 1 10.9.0.2 >/dev/null
nc -w 1 10.9.0.2 9 </dev/null; echo rc=$?
echo x | nc -u -w 1 10.9.0.2 9
$P -L OUTPUT -v -n -x | sed 1,2d | awk '{print $1}'
iptables -L OUTPUT -v -n -x | sed 1,2d | awk '{print $1}'
