# Docker's filter chains by hand with FORWARD policy DROP: published port accepted only via the DOCKER chain
ip netns add ext; ip link set lo up
ip link add eth0 type veth peer name eth0 netns ext
ip addr add 203.0.113.1/24 dev eth0; ip link set eth0 up
ip -n ext addr add 203.0.113.50/24 dev eth0; ip -n ext link set eth0 up
ip link add docker0 type bridge; ip addr add 172.17.0.1/16 dev docker0; ip link set docker0 up
ip netns add web
ip link add vweb type veth peer name eth0 netns web
ip link set vweb master docker0 up
ip -n web addr add 172.17.0.2/16 dev eth0; ip -n web link set eth0 up; ip -n web route add default via 172.17.0.1
sysctl -qw net.ipv4.ip_forward=1
iptables -P FORWARD DROP
iptables -N DOCKER
iptables -A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A FORWARD -o docker0 -j DOCKER
iptables -A FORWARD -i docker0 ! -o docker0 -j ACCEPT
iptables -t nat -N DOCKER
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables -t nat -A DOCKER ! -i docker0 -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
ip netns exec web sh -c 'timeout 5 nc -lk -p 80 </dev/null >/dev/null' &
sleep 0.5
ip netns exec ext nc -z -w 1 203.0.113.1 8080; echo "before DOCKER accept rc=$?"
iptables -A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT
ip netns exec ext nc -z -w 1 203.0.113.1 8080; echo "after rc=$?"
ip netns exec web ping -c1 -W1 203.0.113.50 | grep -o 'ttl=[0-9]*'
iptables -L FORWARD -v -n | awk 'NR>2{print $1, $3, $6, $7}'
iptables -L DOCKER -v -n | awk 'NR>2{print $1, $3, $9}'
iptables -L FORWARD | head -1
nstat -az IpForwDatagrams | tail -n +2 | awk '{print $1, ($2 > 0)}'
wait
