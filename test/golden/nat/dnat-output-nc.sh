# DNAT in the nat OUTPUT chain for a local TCP client (nc -N with stdin
# closing 0.3 s later): to another namespace, to 127.0.0.1, to one of our own
# addresses, to a port nobody listens on (refused, silently without -v), with
# no route to the original destination (unreachable before any DNAT), and
# when the original route leaves by another device (the source address stays
# the one that route chose).
ip link set lo up
ip link add v0 type veth peer name v1
ip netns add s
ip link set v1 netns s
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ip -n s addr add 10.0.0.2/24 dev v1
ip -n s link set v1 up
ip -n s link set lo up
ip -n s route add default via 10.0.0.1
(echo none; sleep 0.3) | nc -N 203.0.113.5 80; echo "no route: rc=$?"
ip route add default via 10.0.0.2
iptables -t nat -A OUTPUT -p tcp -d 203.0.113.5 --dport 80 -j DNAT --to-destination 10.0.0.2:8080
iptables -t nat -A OUTPUT -p tcp -d 203.0.113.5 --dport 81 -j DNAT --to-destination 127.0.0.1:8081
iptables -t nat -A OUTPUT -p tcp -d 203.0.113.5 --dport 82 -j DNAT --to-destination 10.0.0.1:8082
iptables -t nat -A OUTPUT -p tcp -d 203.0.113.5 --dport 83 -j DNAT --to-destination 10.0.0.2:8083
iptables -t nat -A OUTPUT -p tcp -d 203.0.113.5 --dport 84 -j DNAT --to-destination 127.0.0.1:8084
iptables -t nat -A OUTPUT -p tcp -d 10.0.0.2 --dport 85 -j DNAT --to-destination 10.0.0.1:8085
timeout 3 ip netns exec s nc -l -p 8080 &
timeout 3 nc -l -p 8081 &
timeout 3 nc -l -p 8082 &
timeout 3 nc -l -p 8085 &
sleep 0.2
for p in 80 81 82 83 84; do (echo "to $p"; sleep 0.3) | nc -N 203.0.113.5 $p; echo "$p: rc=$?"; done
(echo "to 85"; sleep 0.3) | nc -N 10.0.0.2 85; echo "85: rc=$?"
wait
ip link add x0 type veth peer name x1
ip netns add x
ip link set x1 netns x
ip addr add 10.9.0.1/24 dev x0
ip link set x0 up
ip -n x link set x1 up
ip route replace default via 10.9.0.2
timeout 3 ip netns exec s nc -l -p 8080 &
sleep 0.2
(echo other dev; sleep 0.3) | nc -N 203.0.113.5 80; echo "other dev: rc=$?"
wait
conntrack -L -p tcp --dport 80 2>/dev/null | awk '{print $1, $4, $5, $6, $7, $8, $9, $10, $11}' | sort
