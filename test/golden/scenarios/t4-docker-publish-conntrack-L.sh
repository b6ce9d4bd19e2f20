# docker run -p 8080:80 by hand, then conntrack -L / -G / -D while an nc client holds the connection open
ip link add docker0 type bridge; ip addr add 172.17.0.1/16 dev docker0; ip link set docker0 up
ip netns add web
ip link add vethw type veth peer name eth0 netns web
ip link set vethw master docker0 up
ip -n web addr add 172.17.0.2/16 dev eth0; ip -n web link set eth0 up; ip -n web link set lo up
ip -n web route add default via 172.17.0.1
ip netns add client
ip link add ext0 type veth peer name eth0 netns client
ip addr add 192.0.2.1/24 dev ext0; ip link set ext0 up
ip -n client addr add 192.0.2.50/24 dev eth0; ip -n client link set eth0 up
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -N DOCKER
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A DOCKER ! -i docker0 -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
ip netns exec web sh -c 'timeout 5 nc -l -p 80 > /tmp/pub.out' &
sleep 0.4
( echo GET; sleep 1.5 ) | ip netns exec client timeout 4 nc -p 40000 192.0.2.1 8080 &
sleep 0.8
conntrack -L -p tcp --dport 8080 2>/dev/null | sed -E 's/^tcp +6 [0-9]+ /tcp 6 T /; s/ mark=0//; s/ use=1//'
conntrack -L -p tcp --orig-port-dst 8080 --reply-src 172.17.0.2 2>&1 | tail -1
conntrack -G -p tcp -s 192.0.2.50 -d 192.0.2.1 --sport 40000 --dport 8080 2>&1 | awk '{print $4,$5,$6,$7,$8}'
conntrack -L -d 172.17.0.2 2>&1 | tail -1
wait
cat /tmp/pub.out
conntrack -D -p tcp --dport 8080 2>&1 | tail -1
conntrack -L -p tcp 2>&1 | tail -1
iptables -t nat -L DOCKER -n -v | awk 'NR>2{print $1,$2,$3,$NF}'
