# kube-proxy style Service chains: ClusterIP DNAT spread over two endpoints with statistic --mode nth.
ip link add cbr0 type bridge; ip addr add 10.244.0.1/24 dev cbr0; ip link set cbr0 up
for i in 2 3; do
  ip netns add pod$i
  ip link add veth$i type veth peer name eth0 netns pod$i
  ip link set veth$i master cbr0 up
  ip -n pod$i addr add 10.244.0.$i/24 dev eth0
  ip -n pod$i link set eth0 up; ip -n pod$i link set lo up
  ip -n pod$i route add default via 10.244.0.1
  ip netns exec pod$i nc -k -l 8080 > /tmp/pod$i.txt &
done
sysctl -qw net.ipv4.ip_forward=1
ip link set lo up
iptables -t nat -N KUBE-SERVICES
iptables -t nat -N KUBE-SVC-ABC
iptables -t nat -N KUBE-SEP-POD2
iptables -t nat -N KUBE-SEP-POD3
iptables -t nat -N KUBE-POSTROUTING
iptables -t nat -N KUBE-MARK-MASQ
iptables -t nat -A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
iptables -t nat -A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
iptables -t nat -A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
iptables -t nat -A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0
iptables -t nat -A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
iptables -t nat -A KUBE-SERVICES -d 10.96.0.10/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-ABC
iptables -t nat -A KUBE-SVC-ABC ! -s 10.244.0.0/16 -d 10.96.0.10/32 -p tcp -m tcp --dport 80 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SVC-ABC -m statistic --mode nth --every 2 --packet 0 -j KUBE-SEP-POD2
iptables -t nat -A KUBE-SVC-ABC -j KUBE-SEP-POD3
iptables -t nat -A KUBE-SEP-POD2 -s 10.244.0.2/32 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-POD2 -p tcp -m tcp -j DNAT --to-destination 10.244.0.2:8080
iptables -t nat -A KUBE-SEP-POD3 -s 10.244.0.3/32 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-POD3 -p tcp -m tcp -j DNAT --to-destination 10.244.0.3:8080
sleep 0.3
for n in 1 2 3 4; do echo req$n | nc -N -w 1 10.96.0.10 80; done
sleep 0.3
echo pod2:; cat /tmp/pod2.txt; echo pod3:; cat /tmp/pod3.txt
iptables-save -t nat | grep -v '^#'
iptables -t nat -L KUBE-SVC-ABC -n -v
iptables -t nat -L KUBE-POSTROUTING -n
conntrack -L -d 10.96.0.10 2>&1 | sed -E 's/ [0-9]+ (TIME_WAIT)/ T \1/' | sort -t= -k6
kill %1 %2; wait
