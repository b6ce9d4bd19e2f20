# NAT gateway: MASQUERADE + port forwarding
ip netns add lan; ip netns add gw; ip netns add wan
ip link add eth0 netns lan type veth peer name lan0 netns gw
ip link add wan0 netns gw type veth peer name eth0 netns wan
ip -n lan addr add 10.1.0.2/24 dev eth0
ip -n gw addr add 10.1.0.1/24 dev lan0
ip -n gw addr add 203.0.113.1/24 dev wan0
ip -n wan addr add 203.0.113.2/24 dev eth0
for n in lan gw wan; do ip -n $n link set lo up; done
ip -n lan link set eth0 up; ip -n gw link set lan0 up; ip -n gw link set wan0 up; ip -n wan link set eth0 up
ip -n lan route add default via 10.1.0.1
ip netns exec gw sysctl -qw net.ipv4.ip_forward=1
ip netns exec gw iptables -t nat -A POSTROUTING -s 10.1.0.0/24 -o wan0 -j MASQUERADE
ip netns exec gw iptables -t nat -A PREROUTING -i wan0 -p tcp --dport 8080 -j DNAT --to-destination 10.1.0.2:80
ip netns exec lan ping -c 2 -i 0.2 203.0.113.2 | grep -c ttl=
ip netns exec lan timeout 3 nc -l -p 80 > /tmp/got &
sleep 0.5
echo "hello through nat" | ip netns exec wan nc -w 1 -q 1 203.0.113.1 8080; echo "nc rc=$?"
wait
cat /tmp/got
ip netns exec gw iptables -t nat -L -n -v
ip netns exec gw iptables -t nat -S
ip netns exec gw conntrack -L -p icmp 2>&1 | sed 's/id=[0-9]*/id=X/'
ip netns exec gw conntrack -L -p tcp 2>&1 | sed 's/ [0-9]* TIME_WAIT/ T TIME_WAIT/'
