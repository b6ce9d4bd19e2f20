# DOCKER-USER chain: restrict the published port to one client subnet
ip netns add host; ip -n host link set lo up
ip netns exec host sysctl -qw net.ipv4.ip_forward=1
for o in a b; do ip netns add $o; ip -n $o link set lo up; done
ip link add eth0 netns host type veth peer name eth0 netns a
ip link add eth1 netns host type veth peer name eth0 netns b
ip -n host addr add 10.1.0.1/24 dev eth0; ip -n host link set eth0 up
ip -n host addr add 10.2.0.1/24 dev eth1; ip -n host link set eth1 up
ip -n a addr add 10.1.0.2/24 dev eth0; ip -n a link set eth0 up; ip -n a route add default via 10.1.0.1
ip -n b addr add 10.2.0.2/24 dev eth0; ip -n b link set eth0 up; ip -n b route add default via 10.2.0.1
ip -n host link add docker0 type bridge; ip -n host addr add 172.17.0.1/16 dev docker0; ip -n host link set docker0 up
ip netns add web; ip -n web link set lo up
ip -n host link add vethweb type veth peer name eth0 netns web
ip -n host link set vethweb master docker0 up
ip -n web addr add 172.17.0.2/16 dev eth0; ip -n web link set eth0 up; ip -n web route add default via 172.17.0.1
I="ip netns exec host iptables"
$I -N DOCKER; $I -N DOCKER-USER; $I -N DOCKER-ISOLATION-STAGE-1
$I -A FORWARD -j DOCKER-USER
$I -A FORWARD -j DOCKER-ISOLATION-STAGE-1
$I -A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
$I -A FORWARD -o docker0 -j DOCKER
$I -A FORWARD -i docker0 ! -o docker0 -j ACCEPT
$I -A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT
$I -A DOCKER-ISOLATION-STAGE-1 -j RETURN
$I -A DOCKER-USER -j RETURN
$I -P FORWARD DROP
$I -t nat -N DOCKER
$I -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
$I -t nat -A DOCKER -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
$I -I DOCKER-USER -i eth1 -j DROP
$I -I DOCKER-USER -i eth1 -s 10.9.0.0/16 -j RETURN
$I -L DOCKER-USER --line-numbers -n
for c in a b; do
  ip netns exec web timeout 3 sh -c 'echo hello | nc -l -p 80 -q 1' &
  sleep 0.3
  ip netns exec $c nc -w 2 10.1.0.1 8080 </dev/null; echo "$c exit $?"
  wait
done
$I -L DOCKER-USER -v -n
$I -L FORWARD -n
$I -S DOCKER-USER
$I -D DOCKER-USER 5
$I -F DOCKER; $I -X DOCKER; echo "X exit $?"
