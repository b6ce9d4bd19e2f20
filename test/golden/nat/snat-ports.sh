# SNAT to an address with a port range; conntrack shows the mapped ports; MASQUERADE --to-ports.
ip netns add cl; ip netns add sv
ip link add c0 type veth peer name eth0 netns cl
ip link add s0 type veth peer name eth0 netns sv
ip addr add 10.1.0.1/24 dev c0; ip link set c0 up
ip addr add 203.0.113.1/24 dev s0; ip addr add 203.0.113.5/24 dev s0; ip link set s0 up
ip -n cl addr add 10.1.0.2/24 dev eth0; ip -n cl link set eth0 up; ip -n cl route add default via 10.1.0.1
ip -n sv addr add 203.0.113.2/24 dev eth0; ip -n sv link set eth0 up
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -s 10.1.0.0/24 -p tcp -j SNAT --to-source 203.0.113.5
iptables -t nat -A POSTROUTING -s 10.1.0.0/24 -p udp -j MASQUERADE
iptables -t nat -A POSTROUTING -s 10.1.0.0/24 -j SNAT --to-source 203.0.113.5
ip netns exec sv nc -k -l 80 > /dev/null &
sleep 0.3
echo a | ip netns exec cl nc -N -p 33000 203.0.113.2 80
echo b | ip netns exec cl nc -u -w 1 -p 33001 203.0.113.2 53
ip netns exec cl ping -c 1 203.0.113.2 > /dev/null; echo ping=$?
conntrack -L 2>&1 | sed -E 's/ [0-9]+ (TIME_WAIT)/ T \1/; s/^(icmp|udp) +([0-9]+) [0-9]+ /\1 \2 T /' | sort
iptables -t nat -L POSTROUTING -n -v
iptables -t nat -S POSTROUTING
kill %1; wait
