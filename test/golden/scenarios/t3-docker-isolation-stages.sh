# Two docker networks by hand with DOCKER-ISOLATION-STAGE-1/2 and DOCKER-USER
ip link set lo up
sysctl -qw net.ipv4.ip_forward=1
net() { # bridge subnet-prefix
  ip link add $1 type bridge
  ip addr add $2.1/24 dev $1
  ip link set $1 up
}
ctr() { # name bridge ip gw
  ip netns add $1
  ip link add veth-$1 type veth peer name eth0 netns $1
  ip link set veth-$1 master $2 up
  ip -n $1 addr add $3/24 dev eth0
  ip -n $1 link set eth0 up
  ip -n $1 route add default via $4
}
net docker0 172.17.0
net br-app 172.20.0
ctr web docker0 172.17.0.2 172.17.0.1
ctr api br-app 172.20.0.2 172.20.0.1
ctr db br-app 172.20.0.3 172.20.0.1
iptables -N DOCKER
iptables -N DOCKER-USER
iptables -N DOCKER-ISOLATION-STAGE-1
iptables -N DOCKER-ISOLATION-STAGE-2
iptables -P FORWARD DROP
iptables -A FORWARD -j DOCKER-USER
iptables -A FORWARD -j DOCKER-ISOLATION-STAGE-1
for b in docker0 br-app; do
  iptables -A FORWARD -o $b -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
  iptables -A FORWARD -o $b -j DOCKER
  iptables -A FORWARD -i $b ! -o $b -j ACCEPT
  iptables -A FORWARD -i $b -o $b -j ACCEPT
  iptables -A DOCKER-ISOLATION-STAGE-1 -i $b ! -o $b -j DOCKER-ISOLATION-STAGE-2
  iptables -A DOCKER-ISOLATION-STAGE-2 -o $b -j DROP
done
iptables -A DOCKER-ISOLATION-STAGE-1 -j RETURN
iptables -A DOCKER-ISOLATION-STAGE-2 -j RETURN
iptables -A DOCKER-USER -j RETURN
ip netns exec api ping -c 1 -W 1 172.20.0.3 >/dev/null && echo "api->db ok"
ip netns exec api ping -c 1 -W 1 172.17.0.2 >/dev/null || echo "api->web isolated"
ip netns exec web ping -c 1 -W 1 172.20.0.1 >/dev/null && echo "web->br-app gateway ok (INPUT)"
iptables -L DOCKER-ISOLATION-STAGE-2 -v -n | awk 'NR>2{print $1, $3, $7}'
iptables -L FORWARD -v -n --line-numbers | awk 'NR>2 && $2>0 {print $1, $2, $4, $7, $8}'
iptables -S DOCKER-ISOLATION-STAGE-1
iptables -L FORWARD | head -3
