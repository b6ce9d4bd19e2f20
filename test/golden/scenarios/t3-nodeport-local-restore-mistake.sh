# NodePort with externalTrafficPolicy=Local: KUBE-EXT-*, KUBE-SVL-* only local endpoints, source preserved
set -u
ip netns add node1; ip netns add client; ip netns add podA
for n in node1 client podA; do ip -n $n link set lo up; done
ip link add eth0 netns node1 type veth peer name eth0 netns client
ip -n node1 addr add 192.168.10.1/24 dev eth0; ip -n node1 link set eth0 up
ip -n client addr add 192.168.10.50/24 dev eth0; ip -n client link set eth0 up
ip -n node1 link add cali1 type veth peer name eth0 netns podA
ip -n node1 link set cali1 up
ip -n podA addr add 10.244.1.7/32 dev eth0; ip -n podA link set eth0 up
ip -n podA route add 169.254.1.1 dev eth0 scope link
ip -n podA route add default via 169.254.1.1 dev eth0
ip -n node1 route add 10.244.1.7/32 dev cali1 scope link
ip netns exec node1 sysctl -qw net.ipv4.ip_forward=1 net.ipv4.conf.cali1.proxy_arp=1
ip netns exec node1 iptables-restore <<'EOF2'
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-EXT-WEB - [0:0]
:KUBE-SVL-WEB - [0:0]
:KUBE-SEP-A - [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-POSTROUTING - [0:0]
-A PREROUTING -j KUBE-SERVICES
-A POSTROUTING -j KUBE-POSTROUTING
-A KUBE-SERVICES -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web" -m tcp --dport 31000 -j KUBE-EXT-WEB
-A KUBE-EXT-WEB -s 10.244.0.0/16 -m comment --comment "pod traffic for default/web external destinations" -j KUBE-SVC-WEB
-A KUBE-EXT-WEB -m comment --comment "masquerade LOCAL traffic for default/web external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ
-A KUBE-EXT-WEB -j KUBE-SVL-WEB
-A KUBE-SVL-WEB -m comment --comment "default/web -> 10.244.1.7:80" -j KUBE-SEP-A
-A KUBE-SEP-A -p tcp -m tcp -j DNAT --to-destination 10.244.1.7:80
-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MASQUERADE
COMMIT
EOF2
echo "restore rc=$?"
# forgot to declare :KUBE-SVC-WEB -- declare it and retry
ip netns exec node1 iptables -t nat -N KUBE-SVC-WEB
ip netns exec node1 iptables -t nat -A KUBE-SVC-WEB -j KUBE-SEP-A
ip netns exec node1 iptables-restore --noflush <<'EOF2'
*nat
-A PREROUTING -j KUBE-SERVICES
-A POSTROUTING -j KUBE-POSTROUTING
COMMIT
EOF2
echo "second restore rc=$?"
ip netns exec node1 iptables-save -t nat | grep -c '^-A'
ip netns exec podA sh -c 'timeout 3 nc -n -l -v -p 80 </dev/null 2>&1' > /tmp/el.out &
sleep 0.5
echo hi | ip netns exec client nc -q 0 -w 1 192.168.10.1 31000
wait
sed 's/ [0-9]*$//' /tmp/el.out
ip netns exec node1 iptables -t nat -L KUBE-EXT-WEB -n -v | awk 'NR>2{print $1, $3}'
ip netns exec node1 iptables-save -t nat | grep -c KUBE-SVC-WEB
ip -n node1 neigh show dev cali1
