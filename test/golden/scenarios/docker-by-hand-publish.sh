# Docker by hand: docker0 bridge, two containers, published port, hairpin
ip link add docker0 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up
ip link set lo up
for i in 2 3; do
  ip netns add c$i
  ip link add veth$i type veth peer name eth0 netns c$i
  ip link set veth$i master docker0 up
  ip -n c$i addr add 172.17.0.$i/16 dev eth0
  ip -n c$i link set eth0 up
  ip -n c$i link set lo up
  ip -n c$i route add default via 172.17.0.1
done
bridge link show | sed 's/^[0-9]*: //'
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -N DOCKER
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables -t nat -A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp --dport 80 -j MASQUERADE
iptables -t nat -A DOCKER -i docker0 -j RETURN
iptables -t nat -A DOCKER ! -i docker0 -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
ip netns exec c2 sh -c 'timeout 2 nc -l -p 80 </dev/null' > /tmp/o1 &
sleep 0.3
echo from-host | nc -w 1 -q 0 172.17.0.1 8080; echo rc=$?
wait; cat /tmp/o1
ip netns exec c3 ping -c 1 172.17.0.2 | grep -o 'ttl=[0-9]*'
ip netns exec c3 ping -c 1 172.17.0.1 | grep -o 'ttl=[0-9]*'
ip neigh show dev docker0 | sort
bridge fdb show br docker0 | grep -v permanent | wc -l
iptables -t nat -L DOCKER -n --line-numbers
iptables -t nat -L POSTROUTING -nv | awk 'NR>2 {print $1, $3, $8, $9}'
