# FORWARD policy DROP counters and per-interface rules between two namespaces via the host.
ip netns add a; ip netns add b
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip addr add 10.1.0.1/24 dev va; ip link set va up
ip addr add 10.2.0.1/24 dev vb; ip link set vb up
ip -n a addr add 10.1.0.2/24 dev eth0; ip -n a link set eth0 up; ip -n a route add default via 10.1.0.1
ip -n b addr add 10.2.0.2/24 dev eth0; ip -n b link set eth0 up; ip -n b route add default via 10.2.0.1
sysctl -qw net.ipv4.ip_forward=1
iptables -P FORWARD DROP
ip netns exec a ping -c 2 -i 0.2 -W 1 10.2.0.2 | tail -2 | head -1
iptables -A FORWARD -i va -o vb -j ACCEPT
ip netns exec a ping -c 2 -i 0.2 -W 1 10.2.0.2 | tail -2 | head -1
iptables -A FORWARD -i vb -o va -m state --state ESTABLISHED -j ACCEPT
ip netns exec a ping -c 2 -i 0.2 -W 1 10.2.0.2 | tail -2 | head -1
ip netns exec b ping -c 1 -W 1 10.1.0.2 | tail -2 | head -1
iptables -L FORWARD -n -v -x
iptables -vnL FORWARD --line-numbers
iptables-save -c -t filter | grep -v '^#'
