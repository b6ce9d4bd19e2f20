# A ClusterIP by hand: DNAT with statistic --mode nth spreads new connections over two backend pods in turn
ip link add cbr0 type bridge; ip addr add 10.244.1.1/24 dev cbr0; ip link set cbr0 up
for i in 2 3; do
  ip netns add pod$i
  ip link add veth$i type veth peer name eth0 netns pod$i
  ip link set veth$i master cbr0 up
  ip -n pod$i addr add 10.244.1.$i/24 dev eth0; ip -n pod$i link set eth0 up; ip -n pod$i link set lo up
  ip -n pod$i route add default via 10.244.1.1
  ip netns exec pod$i sh -c "timeout 6 nc -lk -p 8080 > /tmp/nth.$i" &
done
iptables -t nat -N KUBE-SVC-WEB
iptables -t nat -A OUTPUT -d 10.96.0.10/32 -p tcp --dport 80 -j KUBE-SVC-WEB
iptables -t nat -A KUBE-SVC-WEB -m statistic --mode nth --every 2 --packet 0 -j DNAT --to-destination 10.244.1.2:8080
iptables -t nat -A KUBE-SVC-WEB -j DNAT --to-destination 10.244.1.3:8080
sleep 0.5
for n in 1 2 3 4 5; do echo "req$n" | nc -q 0 -w 1 10.96.0.10 80; done
sleep 0.3
for i in 2 3; do printf 'pod%d: %s\n' $i "$(tr '\n' ' ' < /tmp/nth.$i)"; done
iptables -t nat -L KUBE-SVC-WEB -n -v | awk 'NR>2{print $1, $NF}'
iptables -t nat -S KUBE-SVC-WEB
conntrack -L -d 10.96.0.10 2>/dev/null | grep -o 'src=10.244.1.[0-9]' | sort | uniq -c
kill %1 %2 2>/dev/null; wait
