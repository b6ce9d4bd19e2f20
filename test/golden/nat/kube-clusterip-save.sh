# kube-proxy iptables mode: ClusterIP with two endpoints, probability, iptables-save, -L output
ip netns add node; ip -n node link set lo up
ip netns exec node sysctl -qw net.ipv4.ip_forward=1
ip -n node link add cni0 type bridge; ip -n node addr add 10.244.0.1/24 dev cni0; ip -n node link set cni0 up
for i in 2 3 4; do
  ip netns add pod$i; ip -n pod$i link set lo up
  ip -n node link add veth$i type veth peer name eth0 netns pod$i
  ip -n node link set veth$i master cni0 up
  ip -n pod$i addr add 10.244.0.$i/24 dev eth0; ip -n pod$i link set eth0 up
  ip -n pod$i route add default via 10.244.0.1
done
I="ip netns exec node iptables"
$I -t nat -N KUBE-SERVICES
$I -t nat -N KUBE-SVC-WEB
$I -t nat -N KUBE-SEP-A
$I -t nat -N KUBE-SEP-B
$I -t nat -N KUBE-MARK-MASQ
$I -t nat -N KUBE-POSTROUTING
$I -t nat -A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
$I -t nat -A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
$I -t nat -A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
$I -t nat -A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000
$I -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
$I -t nat -A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0
$I -t nat -A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
$I -t nat -A KUBE-SERVICES -d 10.96.0.100/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-WEB
$I -t nat -A KUBE-SVC-WEB ! -s 10.244.0.0/16 -d 10.96.0.100/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ
$I -t nat -A KUBE-SVC-WEB -m comment --comment "default/web -> 10.244.0.2:8080" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-A
$I -t nat -A KUBE-SVC-WEB -m comment --comment "default/web -> 10.244.0.3:8080" -j KUBE-SEP-B
$I -t nat -A KUBE-SEP-A -s 10.244.0.2/32 -m comment --comment "default/web" -j KUBE-MARK-MASQ
$I -t nat -A KUBE-SEP-A -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination 10.244.0.2:8080
$I -t nat -A KUBE-SEP-B -s 10.244.0.3/32 -m comment --comment "default/web" -j KUBE-MARK-MASQ
$I -t nat -A KUBE-SEP-B -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination 10.244.0.3:8080
$I -t nat -A KUBE-SVC-WEB -m statistic --mode random --probability 0.33333333349 -j RETURN
$I -t nat -A KUBE-SVC-WEB -m statistic --mode nth --every 3 --packet 0 -j RETURN
$I -t nat -L KUBE-SVC-WEB -n
$I -t nat -L KUBE-SVC-WEB
ip netns exec node iptables-save -t nat | grep -v '^#'
for n in 1 2 3 4 5 6; do
  for p in 2 3; do ip netns exec pod$p timeout 2 sh -c "echo pod$p | nc -l -p 8080 -q 0" >/dev/null & done
  sleep 0.3
  ip netns exec pod4 nc -w 1 10.96.0.100 80 </dev/null
  for p in 2 3; do ip netns exec pod$p nc -z -w 1 10.244.0.$p 8080 2>/dev/null; done
  wait
done | sort | uniq -c | awk '{s+=$1} END {print s}'
ip netns exec node conntrack -L -d 10.96.0.100 2>&1 | sed 's/sport=[0-9]*/sport=P/g;s/ timeout=[0-9]*//;s/dst=10.244.0.[23] sport=P dport=8080 src=10.244.0.[23]/dst=E sport=P dport=8080 src=E/' | wc -l
$I -t nat -L KUBE-SEP-A -n
