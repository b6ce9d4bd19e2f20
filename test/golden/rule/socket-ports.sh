# Policy routing on what sockets carry: TCP and UDP route lookups include the
# protocol and ports (flowi4), so `ip rule ... ipproto tcp dport 80` sends
# that traffic through another table. A connect() routes first with source
# port 0 (which picks the source address), then again once the port is
# chosen: a rule on the ephemeral source port changes the path, not the
# source address. uidrange matches the socket's owner (root here, uid 0).
ip netns add a; ip netns add b; ip netns add c
ip link add eb netns a type veth peer name ea netns b
ip link add ec netns a type veth peer name ea netns c
for n in a b c; do ip -n $n link set lo up; done
ip -n a link set eb up; ip -n a link set ec up
ip -n b link set ea up; ip -n c link set ea up
ip -n a addr add 10.1.0.1/24 dev eb
ip -n a addr add 10.2.0.1/24 dev ec
ip -n b addr add 10.1.0.2/24 dev ea
ip -n c addr add 10.2.0.2/24 dev ea
ip -n b addr add 192.0.2.1/32 dev lo
ip -n c addr add 192.0.2.1/32 dev lo
ip -n b route add default via 10.1.0.1
ip -n c route add default via 10.2.0.1
ip -n a route add default via 10.1.0.2
ip -n a route add default via 10.2.0.2 table 100
ip -n a rule add ipproto tcp dport 80 lookup 100
ip -n a rule add ipproto udp dport 53 lookup 100
ip -n a rule add ipproto tcp sport 40000 lookup 100
ip -n a rule add uidrange 1000-2000 lookup 100
ip -n a rule
for n in b c; do
  ip netns exec $n iptables -A INPUT -p tcp --dport 80
  ip netns exec $n iptables -A INPUT -p tcp --dport 81
  ip netns exec $n iptables -A INPUT -p tcp --sport 40000
  ip netns exec $n iptables -A INPUT -p udp --dport 53
  ip netns exec $n iptables -A INPUT -s 10.1.0.1
done
ip netns exec a nc -z -v 192.0.2.1 80; echo "rc=$?"
ip netns exec a nc -z -v 192.0.2.1 81; echo "rc=$?"
ip netns exec a nc -z -v -p 40000 192.0.2.1 81; echo "rc=$?"
echo x | ip netns exec a nc -u -w 1 192.0.2.1 53; echo "rc=$?"
ip -n a route get 192.0.2.1 ipproto tcp dport 80
ip -n a route get 192.0.2.1 ipproto tcp dport 81
ip -n a route get 192.0.2.1 uid 1500
ip -n a route get 192.0.2.1
for n in b c; do echo "== $n"; ip netns exec $n iptables -L INPUT -v -x -n | tail -n +3 | awk '{print $1, $4, $8, $9, $10, $11}'; done
