# A container reaching "the internet" through the host: MASQUERADE, tcpdump on both sides, conntrack.
ip link add br0 type bridge; ip addr add 172.18.0.1/24 dev br0; ip link set br0 up
ip netns add ctr
ip link add vethc type veth peer name eth0 netns ctr
ip link set vethc master br0 up
ip -n ctr addr add 172.18.0.2/24 dev eth0; ip -n ctr link set eth0 up
ip -n ctr route add default via 172.18.0.1
ip netns add inet
ip link add eth1 type veth peer name eth0 netns inet
ip addr add 203.0.113.10/24 dev eth1; ip link set eth1 up
ip -n inet addr add 203.0.113.1/24 dev eth0; ip -n inet link set eth0 up
ip -n inet addr add 8.8.8.8/32 dev lo; ip -n inet link set lo up
ip route add default via 203.0.113.1
ip netns exec ctr ping -c 1 -W 1 8.8.8.8 | tail -2 | head -1
sysctl -qw net.ipv4.ip_forward=1
ip netns exec ctr ping -c 1 -W 1 8.8.8.8 | tail -2 | head -1
iptables -t nat -A POSTROUTING -s 172.18.0.0/24 ! -o br0 -j MASQUERADE
ip netns exec inet tcpdump -n -t -l -i eth0 icmp > /tmp/inet.txt 2>/dev/null &
sleep 0.5
ip netns exec ctr ping -c 2 -i 0.2 8.8.8.8 | sed -n 2,3p | sed 's/time=.*//'
sleep 0.3
kill %1; wait
cat /tmp/inet.txt
conntrack -L -p icmp 2>&1 | sed -E 's/^icmp +1 [0-9]+ /icmp 1 T /'
ip netns exec ctr ip route
ip netns exec ctr ip neigh | sed 's/lladdr [0-9a-f:]*/lladdr M/'
iptables -t nat -L POSTROUTING -n -v -x
