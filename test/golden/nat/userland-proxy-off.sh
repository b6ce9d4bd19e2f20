# docker --userland-proxy=false: reaching a published port via 127.0.0.1 needs route_localnet and MASQUERADE of local sources
ip link set lo up
ip link add docker0 type bridge; ip addr add 172.17.0.1/16 dev docker0; ip link set docker0 up
ip netns add web; ip -n web link set lo up
ip link add vethweb type veth peer name eth0 netns web
ip link set vethweb master docker0 up
ip -n web addr add 172.17.0.2/16 dev eth0; ip -n web link set eth0 up; ip -n web route add default via 172.17.0.1
iptables -t nat -N DOCKER
iptables -t nat -A OUTPUT -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A DOCKER -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
ip netns exec web timeout 3 sh -c 'echo hi | nc -l -p 80 -q 1' &
sleep 0.3
nc -w 1 127.0.0.1 8080 </dev/null; echo "exit $?"
wait
ip route get 172.17.0.2 from 127.0.0.1
sysctl -w net.ipv4.conf.docker0.route_localnet=1
ip route get 172.17.0.2 from 127.0.0.1
ip netns exec web timeout 3 sh -c 'echo hi | nc -l -p 80 -q 1' &
sleep 0.3
nc -w 1 127.0.0.1 8080 </dev/null; echo "exit $?"
wait
sleep 1
ip neigh show dev docker0
iptables -t nat -A POSTROUTING -m addrtype --src-type LOCAL -o docker0 -j MASQUERADE
ip netns exec web timeout 3 sh -c 'echo hi-masq | nc -l -p 80 -q 1' &
sleep 0.3
nc -w 1 127.0.0.1 8080 </dev/null; echo "exit $?"
wait
ip netns exec web timeout 3 sh -c 'echo hi-bridge-ip | nc -l -p 80 -q 1' &
sleep 0.3
nc -w 1 172.17.0.1 8080 </dev/null; echo "exit $?"
wait
iptables -t nat -L -n | grep -v '^$'
conntrack -L -p tcp 2>/dev/null | sed 's/sport=[0-9]*/sport=P/g;s/ timeout=[0-9]*//' | sort
nstat -az IpExtInNoRoutes IpInAddrErrors IpOutNoRoutes | tail -n +2
