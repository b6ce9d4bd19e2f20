# SNAT to an address range for a container subnet, then conntrack shows which source each flow got
ip netns add up
ip link add wan type veth peer name eth0 netns up
ip addr add 203.0.113.2/24 dev wan; ip addr add 203.0.113.3/24 dev wan; ip link set wan up
ip -n up addr add 203.0.113.1/24 dev eth0; ip -n up link set eth0 up
ip link add br0 type bridge; ip addr add 10.0.50.1/24 dev br0; ip link set br0 up
for i in 2 3; do
  ip netns add c$i
  ip link add v$i type veth peer name eth0 netns c$i
  ip link set v$i master br0 up
  ip -n c$i addr add 10.0.50.$i/24 dev eth0; ip -n c$i link set eth0 up
  ip -n c$i route add default via 10.0.50.1
done
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -s 10.0.50.0/24 -o wan -j SNAT --to-source 203.0.113.2-203.0.113.3 --persistent
iptables -t nat -S POSTROUTING
for i in 2 3; do ip netns exec c$i ping -c 1 -W 1 203.0.113.1 | grep -o '1 received'; done
conntrack -L -p icmp 2>/dev/null | awk '{for(i=1;i<=NF;i++) if($i ~ /^(src|dst)=/) printf "%s ", $i; print ""}' | sort
conntrack -L -p icmp 2>&1 >/dev/null
iptables -t nat -L POSTROUTING -n | tail -1 | sed 's/ *$//'
iptables -t nat -A POSTROUTING -j SNAT --to-source 203.0.113.9; echo rc=$?
iptables -t nat -A POSTROUTING -o wan -j SNAT --to-source 203.0.113.9-203.0.113.4 2>&1; echo rc=$?
