# NETMAP: a whole /24 mapped onto another, the host bits kept, both ways:
# the server's replies go back to the client's mapped address.
ip netns add client
ip netns add server
ip link add enp1s0 type veth peer name eth0 netns client
ip link add veth0 type veth peer name eth0 netns server
ip addr add 192.168.122.220/24 dev enp1s0
ip addr add 172.18.0.1/24 dev veth0
ip link set enp1s0 up
ip link set veth0 up
ip -n client addr add 192.168.122.7/24 dev eth0
ip -n client link set eth0 up
ip -n client route add 10.9.0.0/24 via 192.168.122.220
ip -n server addr add 172.18.0.42/24 dev eth0
ip -n server link set eth0 up
ip -n server route add default via 172.18.0.1
sysctl -qw net.ipv4.conf.all.forwarding=1
iptables -t nat -A PREROUTING -d 10.9.0.0/24 -j NETMAP --to 172.18.0.0/24
iptables -t nat -A POSTROUTING -s 192.168.122.0/24 -o veth0 -j NETMAP --to 10.77.0.0/24
ip netns exec server tcpdump -n -t -l -i eth0 icmp > server.txt 2> /dev/null &
ip netns exec client tcpdump -n -t -l -i eth0 icmp > client.txt 2> /dev/null &
sleep 0.5
ip netns exec client ping -c 2 -i 0.2 10.9.0.42 | sed 's/time=.*//'
sleep 0.5
kill %1 %2; wait
echo "-- client side"; cat client.txt
echo "-- server side"; cat server.txt
conntrack -L 2>&1 | sed 's/^icmp *1 [0-9]* /icmp 1 T /'
iptables -t nat -L -n -v
