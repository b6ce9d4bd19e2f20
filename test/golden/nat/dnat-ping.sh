# DNAT: pings to the host's outside address are sent on to the server; the
# replies go back with the host's address as their source.
ip netns add client
ip netns add server
ip link add enp1s0 type veth peer name eth0 netns client
ip link add veth0 type veth peer name eth0 netns server
ip addr add 192.168.122.220/24 dev enp1s0
ip addr add 172.18.0.1/24 dev veth0
ip link set enp1s0 up
ip link set veth0 up
ip -n client addr add 192.168.122.1/24 dev eth0
ip -n client link set eth0 up
ip -n server addr add 172.18.0.2/24 dev eth0
ip -n server link set eth0 up
ip -n server route add default via 172.18.0.1
sysctl -w net.ipv4.conf.all.forwarding=1
iptables -t nat -A PREROUTING -i enp1s0 -p icmp -j DNAT --to-destination 172.18.0.2
ip netns exec client tcpdump -n -t -l -i eth0 icmp > client.txt 2> /dev/null &
ip netns exec server tcpdump -n -t -l -i eth0 icmp > server.txt 2> /dev/null &
sleep 0.5
ip netns exec client ping -c 2 -i 0.2 192.168.122.220 | sed 's/time=.*//'
sleep 0.5
kill %1 %2; wait
echo "-- client side"; cat client.txt
echo "-- server side"; cat server.txt
conntrack -L
conntrack -L -g 172.18.0.2; echo "rc=$?"
iptables -t nat -S
