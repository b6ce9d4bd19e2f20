# Hairpin NAT on docker0 without the userland proxy: a container reaching its own published port
ip link add docker0 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up
for i in 2 3; do
  ip netns add c$i
  ip link add veth$i type veth peer name eth0 netns c$i
  ip link set veth$i master docker0 up
  ip -n c$i addr add 172.17.0.$i/16 dev eth0; ip -n c$i link set eth0 up; ip -n c$i link set lo up
  ip -n c$i route add default via 172.17.0.1
done
ip addr add 10.0.2.15/24 dev lo
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -N DOCKER
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A DOCKER -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
ip netns exec c2 sh -c 'timeout 8 nc -lk -p 80 </dev/null' > /tmp/hp2.out &
sleep 0.5
echo "c2 to itself via 10.0.2.15:8080 (no hairpin yet)"
echo one | ip netns exec c2 nc -w 1 -q 0 10.0.2.15 8080; echo rc=$?
bridge -d link show dev veth2 | grep -o 'hairpin [a-z]*'
ip link set veth2 type bridge_slave hairpin on
iptables -t nat -A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp --dport 80 -j MASQUERADE
echo two | ip netns exec c2 nc -w 1 -q 0 10.0.2.15 8080; echo rc=$?
echo three | ip netns exec c3 nc -w 1 -q 0 10.0.2.15 8080; echo rc=$?
cat /sys/class/net/veth2/brport/hairpin_mode
sleep 0.3; kill %1; wait
sort /tmp/hp2.out
iptables -t nat -L POSTROUTING -nv | awk 'NR>2{print $1, $3, $8, $9}'
conntrack -L -p tcp 2>/dev/null | grep -c 'dport=8080'
