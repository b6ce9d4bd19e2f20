# REDIRECT --to-ports: connections to port 80 of the host land on a local nc on 8080.
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
iptables -t nat -A PREROUTING -i enp1s0 -p tcp --dport 80 -j REDIRECT --to-ports 8080
iptables -t nat -A OUTPUT -o lo -p tcp --dport 81 -j REDIRECT --to-ports 8080
nc -l -p 8080 > got1.txt &
sleep 0.3
(echo via-prerouting; sleep 0.3) | ip netns exec client nc -N -w 2 192.168.122.220 80; echo "nc=$?"
wait
cat got1.txt
nc -l -p 8080 > got2.txt &
sleep 0.3
(echo via-output; sleep 0.3) | nc -N -w 2 127.0.0.1 81; echo "nc=$?"
wait
cat got2.txt
conntrack -L -p tcp 2>&1 | sed 's/ [0-9]* TIME_WAIT/ T TIME_WAIT/' | sort
iptables -t nat -S
