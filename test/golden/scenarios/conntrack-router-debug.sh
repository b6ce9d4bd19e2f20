# conntrack -L during a debugging session: ping, UDP, TCP through a router
ip netns add c; ip netns add r; ip netns add s
ip link add eth0 netns c type veth peer name rc netns r
ip link add eth0 netns s type veth peer name rs netns r
ip -n c addr add 10.10.0.2/24 dev eth0; ip -n r addr add 10.10.0.1/24 dev rc
ip -n s addr add 10.20.0.2/24 dev eth0; ip -n r addr add 10.20.0.1/24 dev rs
for p in "c eth0" "s eth0" "r rc" "r rs" "c lo" "s lo"; do set -- $p; ip -n $1 link set $2 up; done
ip -n c route add default via 10.10.0.1; ip -n s route add default via 10.20.0.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec r iptables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip netns exec r iptables -A FORWARD -i rc -j ACCEPT
ip netns exec r iptables -P FORWARD DROP
ip netns exec r conntrack -L; echo "rc=$?"
ip netns exec c ping -c 1 10.20.0.2 | grep -c ttl
ip netns exec s ping -c 1 -W 1 10.10.0.2; echo "rc=$?"
ip netns exec s timeout 2 nc -u -l -p 53 > /dev/null &
sleep 0.3
echo q | ip netns exec c nc -u -w 1 10.20.0.2 53
wait
ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/^udp +17 [0-9]+/udp 17 T/'
ip netns exec r conntrack -C
ip netns exec r conntrack -L -s 10.20.0.2; echo "rc=$?"
ip netns exec r conntrack -F
ip netns exec r conntrack -C
ip netns exec r iptables -L FORWARD -nv --line-numbers | sed -E 's/^ *([0-9]+) +[0-9]+ +[0-9]+[KM]? /\1 P B /'
