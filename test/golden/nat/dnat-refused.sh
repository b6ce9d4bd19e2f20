# DNAT to a port nobody listens on: the reset comes back translated; nc reports it.
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
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 172.18.0.2:9
ip netns exec client tcpdump -n -t -l -i eth0 tcp > client.txt 2> /dev/null &
sleep 0.5
ip netns exec client nc -v -w 2 192.168.122.220 80 < /dev/null; echo "nc=$?"
ip netns exec client nc -zv -w 2 192.168.122.220 81 < /dev/null; echo "nc=$?"
sleep 0.3
kill %1; wait
cat client.txt
conntrack -L -p tcp 2>&1 | sed 's/ [0-9]* CLOSE / T CLOSE /;s/ [0-9]* SYN_SENT / T SYN_SENT /'
