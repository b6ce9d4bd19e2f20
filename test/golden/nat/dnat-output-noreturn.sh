# DNAT at OUTPUT to a server whose namespace has no route back: the server
# drops the SYN (inet_csk_route_req finds no route, no SYN-ACK), the client
# stays in SYN-SENT retransmitting, conntrack shows the entry UNREPLIED, and
# nc -w gives up.
ip link set lo up
ip link add v0 type veth peer name v1
ip netns add s
ip link set v1 netns s
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ip -n s addr add 10.0.0.2/24 dev v1
ip -n s link set v1 up
ip link add x0 type veth peer name x1
ip netns add x
ip link set x1 netns x
ip addr add 10.9.0.1/24 dev x0
ip link set x0 up
ip -n x link set x1 up
ip route add default via 10.9.0.2
iptables -t nat -A OUTPUT -p tcp -d 203.0.113.5 --dport 80 -j DNAT --to-destination 10.0.0.2:8080
ip netns exec s iptables -A INPUT -p tcp --syn
timeout 4 ip netns exec s nc -l -p 8080 &
sleep 0.2
(echo local; sleep 0.3) | nc -N -w 2 203.0.113.5 80 &
sleep 1.5
ss -tan state syn-sent | sed 1d | awk '{print $1, $3, $4}'
conntrack -L 2>/dev/null | awk '{print $1, $4, $5, $6, $7, $8, $9, $10, $11, $12}'
wait %2; echo "client: rc=$?"
wait %1; echo "server: rc=$?"
ip netns exec s iptables -L INPUT -v -n -x | sed 1,2d | awk '{print $1}'
ip netns exec s ss -tan | sed 1d | awk '{print $1, $4}'
