# A router between a 1500-MTU and a 1000-MTU link: a datagram without DF too
# big for the next hop is fragmented again by the router; one with DF gets
# ICMP frag needed carrying the next-hop MTU (ping shows it).
ip netns add h1
ip netns add r
ip netns add h2
ip link add ha type veth peer name ra netns r
ip link set ha netns h1
ip -n r link add rb type veth peer name hb netns h2
ip -n h1 addr add 10.1.0.1/24 dev ha
ip -n r addr add 10.1.0.254/24 dev ra
ip -n r addr add 10.2.0.254/24 dev rb
ip -n h2 addr add 10.2.0.1/24 dev hb
ip -n r link set rb mtu 1000
ip -n h2 link set hb mtu 1000
for x in "h1 ha" "r ra" "r rb" "h2 hb"; do set -- $x; ip -n $1 link set $2 up; done
ip -n h1 route add default via 10.1.0.254
ip -n h2 route add default via 10.2.0.254
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec h1 ping -c 1 -W 1 10.2.0.1 >/dev/null 2>&1
ip netns exec r tcpdump -i rb -n -v -c 4 -l icmp 2>&1 &
sleep 0.5
ip netns exec h1 ping -c 1 -s 1200 -M dont 10.2.0.1 > ping.out
wait
sed 's/time=.*/time=X/;/^rtt/d' ping.out
ip netns exec h1 ping -c 1 -s 1200 -M do 10.2.0.1; echo "rc=$?"
ip netns exec h1 ping -c 1 -s 900 -M do 10.2.0.1 | grep bytes
