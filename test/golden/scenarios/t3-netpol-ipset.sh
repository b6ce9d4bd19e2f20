# NetworkPolicy-like filtering: only pods in the "frontend" ipset may reach the db pod's 5432
ip link add cni0 type bridge; ip addr add 10.244.0.1/24 dev cni0; ip link set cni0 up
sysctl -qw net.ipv4.ip_forward=1
i=2
for p in db fe1 fe2 other; do
  ip netns add $p
  ip link add v-$p type veth peer name eth0 netns $p
  ip link set v-$p master cni0 up
  ip -n $p addr add 10.244.0.$i/24 dev eth0; ip -n $p link set eth0 up; ip -n $p link set lo up
  ip -n $p route add default via 10.244.0.1
  i=$((i+1))
done
modprobe br_netfilter 2>/dev/null
sysctl -w net.bridge.bridge-nf-call-iptables=1
ipset create frontend hash:ip comment
ipset add frontend 10.244.0.3 comment "fe1"
ipset add frontend 10.244.0.4 comment "fe2"
iptables -N KUBE-NWPLCY-DB
iptables -A FORWARD -d 10.244.0.2 -j KUBE-NWPLCY-DB
iptables -A KUBE-NWPLCY-DB -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A KUBE-NWPLCY-DB -p tcp --dport 5432 -m set --match-set frontend src -j ACCEPT
iptables -A KUBE-NWPLCY-DB -j LOG --log-prefix "np-drop: "
iptables -A KUBE-NWPLCY-DB -j DROP
ip netns exec db sh -c 'timeout 4 nc -lk -p 5432 >/dev/null' &
sleep 0.5
for p in fe1 fe2 other; do
  if ip netns exec $p nc -z -w 1 10.244.0.2 5432; then echo "$p: allowed"; else echo "$p: blocked"; fi
done
iptables -L KUBE-NWPLCY-DB -nv --line-numbers | awk 'NR>2{print $1, $2, $4, $NF}'
ipset list frontend | grep -E '^(Name|Type|Number)'
ipset del frontend 10.244.0.4
ip netns exec fe2 nc -z -w 1 10.244.0.2 5432; echo "fe2 after del rc=$?"
ipset test frontend 10.244.0.4; echo rc=$?
wait
