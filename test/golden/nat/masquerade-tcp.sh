# MASQUERADE: a connection from the namespace leaves with the host's outside address.
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
iptables -t nat -A POSTROUTING -s 172.18.0.0/24 -o enp1s0 -j MASQUERADE
ip netns exec client tcpdump -n -t -l -i eth0 tcp > client.txt 2> /dev/null &
ip netns exec client nc -l -p 7000 > got.txt &
sleep 0.5
(echo ping; sleep 0.3) | ip netns exec server nc -N -w 2 192.168.122.1 7000; echo "nc=$?"
sleep 0.5
cat got.txt
conntrack -L -p tcp 2>&1 | sed 's/ [0-9]* TIME_WAIT/ T TIME_WAIT/'
kill %1; wait
cat client.txt
