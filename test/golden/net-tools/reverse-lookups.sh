# net-tools name lookups without -n: arp, netstat and route ask gethostbyaddr (/etc/hosts, then a DNS
# PTR question; unreachable here, so each costs the resolver's two attempts, counted as
# IpOutNoRoutes) for host addresses, getnetbyaddr (/etc/networks only) for network routes;
# INET_rresolve keeps every answer for the rest of the run (224.0.0.1 is asked once).
ip link add br0 type bridge
ip addr add 10.1.0.1/24 dev br0
ip link set br0 up
ip link set lo up
ip neigh add 10.1.0.7 lladdr 02:00:00:00:00:01 dev br0
ip neigh add 10.1.0.8 lladdr 02:00:00:00:00:02 dev br0
c() { nstat -az IpOutNoRoutes | tail -1 | awk '{print $1 "=" $2}'; }
c
arp -a | sort; c
arp -an | sort; c
arp -e | sort; c
arp -a 10.1.0.7; c
arp -e -n 10.1.0.8; c
netstat -g -4; c
netstat -gn -4; c
route; c
ip route add 10.5.5.5 via 10.1.0.7
ip route add 10.6.0.0/16 via 10.1.0.8
ip route add 169.254.0.0/16 dev br0
ip route add 127.0.0.0/8 dev br0
route; c
route -n; c
netstat -r; c
nc -l 127.0.0.1 8080 & p1=$!
nc -l 10.1.0.1 8081 & p2=$!
sleep 0.2
netstat -t -l; c
netstat -tln; c
kill $p1 $p2
ip -6 addr add 2001:db8::1/64 dev br0 nodad
nc -6 -l 2001:db8::1 8082 & p3=$!
sleep 0.2
netstat -tl6; c
kill $p3
wait
