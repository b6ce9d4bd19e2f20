# A NAT router debugging session: ss -tanp on the server, conntrack -L on the router, iptables counters
set -u
ip netns add cli; ip netns add rtr; ip netns add srv
ip link add eth0 netns cli type veth peer name in0 netns rtr
ip link add out0 netns rtr type veth peer name eth0 netns srv
ip -n cli addr add 192.168.1.10/24 dev eth0
ip -n rtr addr add 192.168.1.1/24 dev in0
ip -n rtr addr add 198.51.100.1/24 dev out0
ip -n srv addr add 198.51.100.20/24 dev eth0
for x in "cli eth0" "rtr in0" "rtr out0" "srv eth0"; do set -- $x; ip -n $1 link set $2 up; ip -n $1 link set lo up; done
ip -n cli route add default via 192.168.1.1
ip netns exec rtr sysctl -qw net.ipv4.ip_forward=1
ip netns exec rtr iptables -t nat -A POSTROUTING -o out0 -j MASQUERADE
ip netns exec srv sh -c 'timeout 4 nc -l -p 5000 > /tmp/srv.out' &
sleep 0.5
( echo hello; sleep 1.5 ) | ip netns exec cli nc -w 3 198.51.100.20 5000 &
sleep 1
echo "--- server sockets"
ip netns exec srv ss -tan | awk '{print $1, $4, $5}'
echo "--- router conntrack"
ip netns exec rtr conntrack -L 2>/dev/null | awk '{print $1, $4, $5, $6, $9, $10, $11}'
ip netns exec rtr conntrack -C
ip netns exec rtr conntrack -L -p tcp --dport 5000 2>&1 >/dev/null
wait
cat /tmp/srv.out
ip netns exec rtr iptables -t nat -L POSTROUTING -n -v | awk 'NR>2{print $1, $3, $7}'
ip netns exec rtr conntrack -L -p tcp 2>/dev/null | awk '{print $4}'
ip netns exec rtr cat /proc/sys/net/netfilter/nf_conntrack_count
