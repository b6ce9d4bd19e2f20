# kube-proxy sessionAffinity: ClientIP -- recent module pins a client to one endpoint
ip netns add node; ip netns add client
ip -n node link set lo up
ip -n node link add cni0 type bridge; ip -n node addr add 10.244.0.1/24 dev cni0; ip -n node link set cni0 up
for i in 2 3; do
  ip netns add pod$i; ip -n pod$i link set lo up
  ip -n node link add veth$i type veth peer name eth0 netns pod$i
  ip -n node link set veth$i master cni0 up
  ip -n pod$i addr add 10.244.0.$i/24 dev eth0; ip -n pod$i link set eth0 up
  ip -n pod$i route add default via 10.244.0.1
done
ip link add eth0 netns client type veth peer name eth0 netns node
ip -n node addr add 192.168.60.1/24 dev eth0; ip -n node link set eth0 up
ip -n client addr add 192.168.60.2/24 dev eth0; ip -n client link set eth0 up
ip -n client route add 10.96.0.0/12 via 192.168.60.1
ip netns exec node sysctl -qw net.ipv4.ip_forward=1
ip netns exec node iptables-restore <<'EOF2'
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-SVC-AFF - [0:0]
:KUBE-SEP-P2 - [0:0]
:KUBE-SEP-P3 - [0:0]
-A PREROUTING -j KUBE-SERVICES
-A KUBE-SERVICES -d 10.96.0.50/32 -p tcp -m tcp --dport 80 -j KUBE-SVC-AFF
-A KUBE-SVC-AFF -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-P2 --mask 255.255.255.255 --rsource -j KUBE-SEP-P2
-A KUBE-SVC-AFF -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-P3 --mask 255.255.255.255 --rsource -j KUBE-SEP-P3
-A KUBE-SVC-AFF -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-P2
-A KUBE-SVC-AFF -j KUBE-SEP-P3
-A KUBE-SEP-P2 -p tcp -m recent --set --name KUBE-SEP-P2 --mask 255.255.255.255 --rsource -m tcp -j DNAT --to-destination 10.244.0.2:8080
-A KUBE-SEP-P3 -p tcp -m recent --set --name KUBE-SEP-P3 --mask 255.255.255.255 --rsource -m tcp -j DNAT --to-destination 10.244.0.3:8080
COMMIT
EOF2
ip netns exec node iptables -t nat -S KUBE-SVC-AFF
for i in 2 3; do ip netns exec pod$i sh -c "timeout 6 sh -c 'while :; do echo pod$i | nc -l -p 8080 -q 0; done' >/dev/null 2>&1" & done
sleep 0.5
for k in 1 2 3 4; do ip netns exec client nc -w 1 10.96.0.50 80 </dev/null; sleep 0.2; done | sort | uniq -c | awk '{print $1}'
ip netns exec node cat /proc/net/xt_recent/KUBE-SEP-P2 /proc/net/xt_recent/KUBE-SEP-P3 | grep -c 192.168.60.2
ip netns exec node iptables -t nat -L KUBE-SVC-AFF -n -v | awk 'NR>2 {s+=$1} END {print "svc rules hit:", s}'
wait
