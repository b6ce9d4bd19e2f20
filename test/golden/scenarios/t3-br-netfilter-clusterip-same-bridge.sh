# Pod -> ClusterIP -> pod on the same bridge: without br_netfilter the reply bypasses conntrack (classic kube issue)
ip link add cni0 type bridge; ip addr add 10.244.0.1/24 dev cni0; ip link set cni0 up
sysctl -qw net.ipv4.ip_forward=1
for i in 2 3; do
  ip netns add pod$i
  ip link add veth$i type veth peer name eth0 netns pod$i
  ip link set veth$i master cni0 up
  ip -n pod$i addr add 10.244.0.$i/24 dev eth0; ip -n pod$i link set eth0 up; ip -n pod$i link set lo up
  ip -n pod$i route add default via 10.244.0.1
done
iptables -t nat -A PREROUTING -d 10.96.0.100 -p tcp --dport 80 -j DNAT --to-destination 10.244.0.3:8080
ip netns exec pod3 sh -c 'timeout 6 nc -lk -p 8080 </dev/null >/dev/null' &
sleep 0.5
cat /proc/sys/net/bridge/bridge-nf-call-iptables 2>/dev/null || echo "no br_netfilter"
ip netns exec pod2 nc -z -w 1 10.96.0.100 80; echo "before br_netfilter rc=$?"
modprobe br_netfilter 2>/dev/null
sysctl -w net.bridge.bridge-nf-call-iptables=1
ip netns exec pod2 nc -z -w 1 10.96.0.100 80; echo "with br_netfilter rc=$?"
iptables -t nat -L PREROUTING -nv | awk 'NR>2{print $1, $NF}'
conntrack -L -p tcp 2>/dev/null | grep -c 'dport=80 .*dport=[0-9]* \[ASSURED\]'
wait
