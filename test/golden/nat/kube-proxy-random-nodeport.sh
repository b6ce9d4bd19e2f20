# kube-proxy iptables mode on one node: ClusterIP with two endpoints, KUBE-MARK-MASQ, NodePort, hairpin
ip netns add node; ip -n node link set lo up
ip netns add client; ip -n client link set lo up
ip netns exec node sysctl -qw net.ipv4.ip_forward=1
ip -n node link add cni0 type bridge; ip -n node addr add 10.244.0.1/24 dev cni0; ip -n node link set cni0 up
for i in 2 3; do
  ip netns add pod$i; ip -n pod$i link set lo up
  ip -n node link add veth$i type veth peer name eth0 netns pod$i
  ip -n node link set veth$i master cni0; ip -n node link set veth$i up
  ip -n pod$i addr add 10.244.0.$i/24 dev eth0; ip -n pod$i link set eth0 up
  ip -n pod$i route add default via 10.244.0.1
done
ip link add eth0 netns client type veth peer name eth0 netns node
ip -n node addr add 192.168.50.10/24 dev eth0; ip -n node link set eth0 up
ip -n client addr add 192.168.50.20/24 dev eth0; ip -n client link set eth0 up
ip netns exec node iptables -t nat -N KUBE-SERVICES
ip netns exec node iptables -t nat -N KUBE-NODEPORTS
ip netns exec node iptables -t nat -N KUBE-POSTROUTING
ip netns exec node iptables -t nat -N KUBE-MARK-MASQ
ip netns exec node iptables -t nat -N KUBE-SVC-WEB
ip netns exec node iptables -t nat -N KUBE-SEP-A
ip netns exec node iptables -t nat -N KUBE-SEP-B
ip netns exec node iptables -t nat -A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
ip netns exec node iptables -t nat -A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
ip netns exec node iptables -t nat -A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
ip netns exec node iptables -t nat -A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000
ip netns exec node iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
ip netns exec node iptables -t nat -A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0
ip netns exec node iptables -t nat -A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE
ip netns exec node iptables -t nat -A KUBE-SERVICES -d 10.96.0.10/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-WEB
ip netns exec node iptables -t nat -A KUBE-SERVICES -m comment --comment "kubernetes service nodeports" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
ip netns exec node iptables -t nat -A KUBE-NODEPORTS -p tcp -m tcp --dport 30080 -j KUBE-SVC-WEB
ip netns exec node iptables -t nat -A KUBE-SVC-WEB ! -s 10.244.0.0/16 -d 10.96.0.10/32 -p tcp -m tcp --dport 80 -j KUBE-MARK-MASQ
ip netns exec node iptables -t nat -A KUBE-SVC-WEB -p tcp -m tcp --dport 30080 -j KUBE-MARK-MASQ
ip netns exec node iptables -t nat -A KUBE-SVC-WEB -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-A
ip netns exec node iptables -t nat -A KUBE-SVC-WEB -j KUBE-SEP-B
ip netns exec node iptables -t nat -A KUBE-SEP-A -s 10.244.0.2/32 -j KUBE-MARK-MASQ
ip netns exec node iptables -t nat -A KUBE-SEP-A -p tcp -m tcp -j DNAT --to-destination 10.244.0.2:8080
ip netns exec node iptables -t nat -A KUBE-SEP-B -s 10.244.0.3/32 -j KUBE-MARK-MASQ
ip netns exec node iptables -t nat -A KUBE-SEP-B -p tcp -m tcp -j DNAT --to-destination 10.244.0.3:8080
ip netns exec node iptables -t nat -S KUBE-SVC-WEB
for i in 2 3; do ip netns exec pod$i timeout 8 sh -c "for k in 1 2 3 4 5 6; do echo pod$i | nc -l -p 8080 -q 0; done" >/dev/null & done
sleep 1
for k in 1 2 3 4; do ip netns exec client nc -w 1 192.168.50.10 30080 </dev/null; sleep 0.3; done | wc -l
ip netns exec node iptables -t nat -L KUBE-SVC-WEB -v -n -x | awk 'NR>2{s+=$1} END{print "svc pkts", s}'
ip netns exec node iptables -t nat -L KUBE-POSTROUTING -v -n | sed -n '1,2p'
ip netns exec node conntrack -L -p tcp 2>/dev/null | grep -c 'dport=30080 .*ASSURED'
ip netns exec node iptables -t nat -L KUBE-MARK-MASQ -v -n -x | tail -1 | awk '{print ($1>0)}'
wait
echo done
