# conntrack -E while a client connects through a masquerading router (event stream with a timeout)
ip netns add c; ip netns add r; ip netns add s
ip link add eth0 netns c type veth peer name i0 netns r
ip link add o0 netns r type veth peer name eth0 netns s
ip -n c addr add 10.0.0.2/24 dev eth0; ip -n r addr add 10.0.0.1/24 dev i0
ip -n r addr add 100.64.0.1/24 dev o0; ip -n s addr add 100.64.0.2/24 dev eth0
for x in "c eth0" "r i0" "r o0" "s eth0"; do set -- $x; ip -n $1 link set $2 up; done
ip -n c route add default via 10.0.0.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec r iptables -t nat -A POSTROUTING -o o0 -j MASQUERADE
ip netns exec c ping -c1 100.64.0.2 >/dev/null
ip netns exec r conntrack -F 2>/dev/null
ip netns exec r timeout 3 conntrack -E -p tcp 2>&1 | sed 's/sport=[0-9]*/sport=P/g; s/dport=[0-9]\{5\}/dport=P/g' > /tmp/ev.txt &
sleep 0.5
ip netns exec s sh -c 'timeout 2 nc -l -p 9000 >/dev/null' &
sleep 0.3
echo hi | ip netns exec c nc -w 1 -q 0 100.64.0.2 9000
wait
cat /tmp/ev.txt
