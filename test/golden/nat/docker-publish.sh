# Docker's bridge by hand: docker0, a container serving :80 (nc), -p 8080:80
# published with Docker's own nat rules, a client outside and the container itself.
ip link add docker0 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up
ip netns add c1
ip link add veth1a type veth peer name eth0 netns c1
ip link set veth1a master docker0 up
ip -n c1 addr add 172.17.0.2/16 dev eth0
ip -n c1 link set eth0 up; ip -n c1 link set lo up
ip -n c1 route add default via 172.17.0.1
ip netns add out
ip link add enp1s0 type veth peer name eth0 netns out
ip addr add 192.168.1.10/24 dev enp1s0; ip link set enp1s0 up
ip -n out addr add 192.168.1.20/24 dev eth0; ip -n out link set eth0 up
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -N DOCKER
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables -t nat -A DOCKER -i docker0 -j RETURN
iptables -t nat -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
ip netns exec c1 nc -k -l 80 > /tmp/got.txt &
sleep 0.5
echo from-outside | ip netns exec out nc -N -w 2 192.168.1.10 8080; echo rc=$?
echo from-host | nc -N -w 2 192.168.1.10 8080; echo rc=$?
echo from-host-lo | nc -N -w 2 127.0.0.1 8080; echo rc=$?
sleep 0.3
cat /tmp/got.txt
iptables -t nat -L -n -v -x
iptables -t nat -S
conntrack -L -p tcp 2>&1 | sed 's/ [0-9]* TIME_WAIT/ T TIME_WAIT/' | sort
kill %1; wait
