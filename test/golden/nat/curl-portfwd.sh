# curl -v through a DNAT port forward to python3 http.server; and the refused/timeout cases.
ip netns add web
ip link add v0 type veth peer name eth0 netns web
ip addr add 192.168.100.1/24 dev v0; ip link set v0 up; ip link set lo up
ip -n web addr add 192.168.100.2/24 dev eth0; ip -n web link set eth0 up; ip -n web link set lo up
iptables -t nat -A OUTPUT -d 127.0.0.1 -p tcp --dport 8080 -j DNAT --to-destination 192.168.100.2:8000
iptables -t nat -A OUTPUT -d 192.168.100.1 -p tcp --dport 8080 -j DNAT --to-destination 192.168.100.2:8000
mkdir -p /tmp/srv; echo hi > /tmp/srv/index.html; cd /tmp/srv
ip netns exec web python3 -m http.server 8000 > /dev/null 2>&1 &
sleep 2
curl -s http://192.168.100.1:8080/; echo rc=$?
curl -s -m 2 http://127.0.0.1:8080/; echo rc=$?
sysctl -w net.ipv4.conf.all.route_localnet=1
iptables -t nat -A POSTROUTING -s 127.0.0.1 -d 192.168.100.2 -j MASQUERADE
curl -s -m 2 http://127.0.0.1:8080/; echo rc=$?
curl -sv http://192.168.100.1:8080/ 2>&1 | grep -v -E '^< (Date|Server|Last-Modified):' | sed -E 's/Python\/[0-9.]+/Python/'
curl -sS http://192.168.100.1:8081/; echo rc=$?
conntrack -L -p tcp 2>&1 | sed -E 's/ [0-9]+ (TIME_WAIT)/ T \1/' | sort
kill %1; wait
