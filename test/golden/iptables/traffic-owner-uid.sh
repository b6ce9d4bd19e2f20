# owner with runuser: a socket's uid is its creator's (nc and ping as nobody).
ip netns add peer
ip link add va type veth peer name vb netns peer
ip addr add 10.9.0.1/24 dev va
ip link set va up
ip -n peer addr add 10.9.0.2/24 dev vb
ip -n peer link set vb up
iptables -A OUTPUT -p udp -m owner --uid-owner nobody
iptables -A OUTPUT -p udp -m owner --uid-owner root
iptables -A OUTPUT -p udp -m owner --gid-owner nogroup
iptables -A OUTPUT -p icmp -m owner --uid-owner 65534
iptables -A OUTPUT -p icmp -m owner ! --uid-owner 65534
echo a | runuser -u nobody -- nc -u -w 1 10.9.0.2 5000
echo b | nc -u -w 1 10.9.0.2 5000
runuser -u nobody -- ping -c 1 -W 1 10.9.0.2 > /dev/null; echo rc=$?
ping -c 1 -W 1 10.9.0.2 > /dev/null; echo rc=$?
iptables -L OUTPUT -v -n -x | sed 1,2d | awk '{print $1}'
iptables -L OUTPUT
