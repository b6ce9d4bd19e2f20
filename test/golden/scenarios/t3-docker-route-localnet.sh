# docker --userland-proxy=false: published port reached via 127.0.0.1 needs route_localnet + OUTPUT DNAT + MASQUERADE
ip link add docker0 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up; ip link set lo up
ip netns add c1
ip link add veth1 type veth peer name eth0 netns c1
ip link set veth1 master docker0 up
ip -n c1 addr add 172.17.0.2/16 dev eth0; ip -n c1 link set eth0 up; ip -n c1 link set lo up
ip -n c1 route add default via 172.17.0.1
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -N DOCKER
iptables -t nat -A OUTPUT -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables -t nat -A DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 172.17.0.2:80
ip netns exec c1 sh -c 'timeout 6 nc -lk -p 80 </dev/null' > /tmp/rl.out &
sleep 0.5
echo try1 | nc -w 1 -q 0 127.0.0.1 8080; echo "via 127.0.0.1 rc=$?"
sysctl net.ipv4.conf.docker0.route_localnet
sysctl -w net.ipv4.conf.docker0.route_localnet=1
iptables -t nat -A POSTROUTING -s 127.0.0.0/8 -o docker0 -j MASQUERADE
echo try2 | nc -w 1 -q 0 127.0.0.1 8080; echo "after route_localnet rc=$?"
echo try3 | nc -w 1 -q 0 172.17.0.1 8080; echo "via docker0 address rc=$?"
sleep 0.5
kill %1 2>/dev/null; wait
cat /tmp/rl.out
iptables -t nat -L POSTROUTING -nv | awk 'NR>2{print $1, $3, $7, $8}'
nstat -az IpExtInNoRoutes IpInAddrErrors IpInNoRoutes IpOutNoRoutes | tail -n +2 | awk '{print $1, $2}'
