# DOCKER-USER style filtering: restrict who may reach a published container, with -I ordering and -C checks
ip link add docker0 type bridge; ip addr add 172.18.0.1/16 dev docker0; ip link set docker0 up
ip netns add app
ip link add va type veth peer name eth0 netns app
ip link set va master docker0 up
ip -n app addr add 172.18.0.2/16 dev eth0; ip -n app link set eth0 up; ip -n app route add default via 172.18.0.1
for c in 1 2; do
  ip netns add cl$c
  ip link add x$c type veth peer name eth0 netns cl$c
  ip addr add 192.168.$c.1/24 dev x$c; ip link set x$c up
  ip -n cl$c addr add 192.168.$c.10/24 dev eth0; ip -n cl$c link set eth0 up; ip -n cl$c route add default via 192.168.$c.1
done
sysctl -qw net.ipv4.ip_forward=1
iptables -N DOCKER-USER
iptables -A DOCKER-USER -j RETURN
iptables -A FORWARD -j DOCKER-USER
iptables -A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A FORWARD -o docker0 -p icmp -j ACCEPT
iptables -A FORWARD -i docker0 -j ACCEPT
iptables -P FORWARD DROP
iptables -I DOCKER-USER -i x2 -o docker0 -j DROP
iptables -C DOCKER-USER -i x2 -o docker0 -j DROP && echo "rule present"
iptables -C DOCKER-USER -i x1 -o docker0 -j DROP 2>&1; echo rc=$?
for c in 1 2; do printf 'cl%d: ' $c; ip netns exec cl$c ping -c 1 -W 1 172.18.0.2 | grep -o '[0-9] received'; done
iptables -L DOCKER-USER -n -v --line-numbers | awk '{print $1,$2,$4,$7,$8}'
iptables -D DOCKER-USER 1
iptables -S DOCKER-USER
iptables -X DOCKER-USER 2>&1; echo rc=$?
