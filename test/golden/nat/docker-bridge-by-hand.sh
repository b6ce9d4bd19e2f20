# Docker-style bridge by hand: docker0 10.17.0.1/16, two containers, MASQUERADE, published port 8080->80, DOCKER chain
ip netns add host; ip -n host link set lo up
ip netns add out; ip -n out link set lo up
ip netns exec host sysctl -qw net.ipv4.ip_forward=1
ip link add eth0 netns host type veth peer name eth0 netns out
ip -n host addr add 203.0.113.2/24 dev eth0; ip -n host link set eth0 up
ip -n out addr add 203.0.113.1/24 dev eth0; ip -n out link set eth0 up
ip -n host route add default via 203.0.113.1
ip -n host link add docker0 type bridge; ip -n host addr add 10.17.0.1/16 dev docker0; ip -n host link set docker0 up
for i in 2 3; do
  ip netns add c$i; ip -n c$i link set lo up
  ip -n host link add veth$i type veth peer name eth0 netns c$i
  ip -n host link set veth$i master docker0; ip -n host link set veth$i up
  ip -n c$i addr add 10.17.0.$i/16 dev eth0; ip -n c$i link set eth0 up
  ip -n c$i route add default via 10.17.0.1
done
H="ip netns exec host iptables"
$H -t nat -N DOCKER
$H -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
$H -t nat -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
$H -t nat -A POSTROUTING -s 10.17.0.0/16 ! -o docker0 -j MASQUERADE
$H -t nat -A POSTROUTING -s 10.17.0.2/32 -d 10.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE
$H -t nat -A DOCKER -i docker0 -j RETURN
$H -t nat -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 10.17.0.2:80
$H -N DOCKER; $H -N DOCKER-ISOLATION-STAGE-1
$H -A FORWARD -j DOCKER-ISOLATION-STAGE-1
$H -A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
$H -A FORWARD -o docker0 -j DOCKER
$H -A FORWARD -i docker0 ! -o docker0 -j ACCEPT
$H -A FORWARD -i docker0 -o docker0 -j ACCEPT
$H -A DOCKER -d 10.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT
$H -A DOCKER-ISOLATION-STAGE-1 -j RETURN
$H -P FORWARD DROP
ip netns exec c2 timeout 5 sh -c 'echo hello-from-c2 | nc -l -p 80 -q 1' &
sleep 0.5
ip netns exec out nc -w 2 203.0.113.2 8080 </dev/null
wait
ip netns exec c3 ping -c 2 -i 0.2 203.0.113.1 | grep -v rtt
ip netns exec out tcpdump -n -i eth0 -c 2 icmp 2>/dev/null > /tmp/d.cap &
sleep 1
ip netns exec c3 ping -c 1 203.0.113.1 > /dev/null
wait
sed 's/^[0-9:.]* //' /tmp/d.cap
$H -t nat -L -v -n
$H -L FORWARD -v -n
ip netns exec host conntrack -L 2>/dev/null | sed 's/sport=[0-9]*/sport=P/g;s/dport=[0-9]\{5\}/dport=P/g;s/ timeout=[0-9]*//;s/id=[0-9]*/id=I/g' | sort
ip netns exec c2 timeout 3 sh -c 'echo again | nc -l -p 80 -q 1' &
sleep 0.5
ip netns exec c3 nc -w 2 203.0.113.2 8080 </dev/null; echo "nc exit $?"
wait
ip netns exec host iptables -t nat -L DOCKER -v -n
