# Seed 001's DNAT rule for tcp/80 does not touch ICMP: pings reach the host itself.
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
iptables -t nat -A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 172.18.0.2:80
iptables -t nat -A POSTROUTING -s 172.18.0.0/24 -o enp1s0 -j MASQUERADE
ip netns exec client tcpdump -n -t -l -i eth0 icmp > client.txt 2> /dev/null &
ip netns exec server tcpdump -n -t -l -i eth0 icmp > server.txt 2> /dev/null &
sleep 0.5
ip netns exec client ping -c 1 192.168.122.220 | sed 's/time=.*//'
sleep 0.5
kill %1 %2; wait
echo "-- client side"; cat client.txt
echo "-- server side"; cat server.txt
conntrack -L
iptables -t nat -L -n -v -x
