# Two Docker networks (docker0, br-custom) with DOCKER-ISOLATION: containers on different bridges cannot talk.
sysctl -qw net.ipv4.ip_forward=1
for n in 0 1; do
  ip link add br$n type bridge; ip addr add 172.$((17+n)).0.1/16 dev br$n; ip link set br$n up
  ip netns add c$n
  ip link add veth$n type veth peer name eth0 netns c$n
  ip link set veth$n master br$n up
  ip -n c$n addr add 172.$((17+n)).0.2/16 dev eth0; ip -n c$n link set eth0 up
  ip -n c$n route add default via 172.$((17+n)).0.1
done
ip netns exec c0 ping -c 1 -W 1 172.18.0.2 | tail -2 | head -1
iptables -N DOCKER-ISOLATION-STAGE-1
iptables -N DOCKER-ISOLATION-STAGE-2
iptables -A FORWARD -j DOCKER-ISOLATION-STAGE-1
iptables -A DOCKER-ISOLATION-STAGE-1 -i br0 ! -o br0 -j DOCKER-ISOLATION-STAGE-2
iptables -A DOCKER-ISOLATION-STAGE-1 -i br1 ! -o br1 -j DOCKER-ISOLATION-STAGE-2
iptables -A DOCKER-ISOLATION-STAGE-1 -j RETURN
iptables -A DOCKER-ISOLATION-STAGE-2 -o br0 -j DROP
iptables -A DOCKER-ISOLATION-STAGE-2 -o br1 -j DROP
iptables -A DOCKER-ISOLATION-STAGE-2 -j RETURN
ip netns exec c0 ping -c 1 -W 1 172.18.0.2 | tail -2 | head -1
ip netns exec c0 ping -c 1 -W 1 172.17.0.1 | tail -2 | head -1
iptables -L -n -v
