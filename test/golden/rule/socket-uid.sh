# `ip rule uidrange` matches the uid of the socket's owner: the same nc run
# as root goes by the main table, run as nobody (uid 65534) by table 100, for
# TCP and UDP.
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
ip -n a rule add uidrange 65534-65534 lookup 100
for n in b c; do
  ip netns exec $n iptables -A INPUT -p tcp --dport 80
  ip netns exec $n iptables -A INPUT -p udp --dport 53
done
ip netns exec a nc -z -v 192.0.2.1 80; echo "root: rc=$?"
ip netns exec a runuser -u nobody -- nc -z -v 192.0.2.1 80; echo "nobody: rc=$?"
echo x | ip netns exec a runuser -u nobody -- nc -u -w 1 192.0.2.1 53; echo "nobody udp: rc=$?"
ip -n a route get 192.0.2.1 uid 65534
for n in b c; do echo "== $n"; ip netns exec $n iptables -L INPUT -v -x -n | tail -n +3 | awk '{print $1, $11}'; done
