# UDP DNAT: datagrams to the host's port 53 reach a server in the namespace; replies come back from the host's address.
ip netns add client
ip netns add server
ip link add enp1s0 type veth peer name eth0 netns client
ip link add veth0 type veth peer name eth0 netns server
ip addr add 192.168.122.220/24 dev enp1s0
ip addr add 172.18.0.1/24 dev veth0
ip link set lo up
ip link set enp1s0 up
ip link set veth0 up
ip -n client addr add 192.168.122.1/24 dev eth0
ip -n client link set eth0 up
ip -n client link set lo up
ip -n server addr add 172.18.0.2/24 dev eth0
ip -n server link set eth0 up
ip -n server link set lo up
ip -n server route add default via 172.18.0.1
sysctl -qw net.ipv4.conf.all.forwarding=1
iptables -t nat -A PREROUTING -i enp1s0 -p udp --dport 53 -j DNAT --to-destination 172.18.0.2:7777
ip netns exec server tcpdump -n -t -l -i eth0 udp > server.txt 2> /dev/null &
ip netns exec client tcpdump -n -t -l -i eth0 udp > client.txt 2> /dev/null &
ip netns exec server sh -c 'echo answer | nc -u -l -p 7777 -w 1 > got.txt' &
sleep 0.5
echo question | ip netns exec client nc -u -w 1 -p 40000 192.168.122.220 53; echo "nc=$?"
sleep 0.5
cat got.txt
conntrack -L -p udp 2>&1 | sed 's/^udp *17 [0-9]* /udp 17 T /'
kill %1 %2; wait
echo "-- client side"; cat client.txt
echo "-- server side"; cat server.txt
