# Atomic allowlist update with ipset swap, hash:net with nomatch, counters, save/restore
ip netns add fw; ip netns add c1; ip netns add c2
ip link add eth0 netns c1 type veth peer name p1 netns fw
ip link add eth0 netns c2 type veth peer name p2 netns fw
ip -n fw link add br0 type bridge; ip -n fw link set br0 up; ip -n fw addr add 10.9.0.1/24 dev br0
for i in 1 2; do
  ip -n fw link set p$i master br0 up
  ip -n c$i addr add 10.9.0.1$i/24 dev eth0; ip -n c$i link set eth0 up
done
F="ip netns exec fw"
$F ipset create allow hash:net counters
$F ipset add allow 10.9.0.0/24
$F ipset add allow 10.9.0.12 nomatch
$F iptables -A INPUT -p icmp -m set --match-set allow src -j ACCEPT
$F iptables -A INPUT -p icmp -j DROP
for i in 1 2; do ip netns exec c$i ping -c1 -W1 10.9.0.1 >/dev/null && echo "c$i ok" || echo "c$i dropped"; done
$F ipset create allow-new hash:net counters
$F ipset add allow-new 10.9.0.12/32
$F ipset swap allow-new allow
for i in 1 2; do ip netns exec c$i ping -c1 -W1 10.9.0.1 >/dev/null && echo "c$i ok" || echo "c$i dropped"; done
$F ipset list allow | grep -E '^(Name|Members|10\.)' | sed 's/ packets.*//'
$F ipset list allow-new -terse | grep -E 'Name|entries'
$F ipset destroy allow; echo "destroy in use rc=$?"
$F ipset destroy allow-new; echo rc=$?
$F ipset save allow | sed 's/ packets [0-9]* bytes [0-9]*//'
$F iptables -L INPUT -nv | awk 'NR>2{print $1, $3, $NF}'
