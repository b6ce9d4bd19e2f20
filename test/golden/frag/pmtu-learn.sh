# Path MTU discovery through a router whose next hop has MTU 1000: ICMP frag
# needed teaches h1 the path MTU (ip route get: cache expires/mtu), so the next
# -M do ping fails locally and a default ping is fragmented by h1 itself;
# ip route show cache lists the exception; flush cache forgets it.
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
ip netns exec h1 ping -c 1 -W 1 10.2.0.1 | grep -c "bytes from"
ip netns exec h1 ping -c 1 -W 1 -s 1200 -M do 10.2.0.1 | sed 's/time=.*//'
ip -n h1 route get 10.2.0.1
ip netns exec h1 ping -c 1 -W 1 -s 1200 -M do 10.2.0.1 | sed 's/time=.*//'
ip netns exec h1 ping -c 1 -W 1 -s 1200 10.2.0.1 | sed 's/time=.*//'
ip -n h1 route show cache
ip -n h1 route get 10.2.0.1
ip netns exec h1 cat /proc/net/snmp | grep -A1 "^Ip:" | cut -d" " -f1-3,14-
ip netns exec r cat /proc/net/snmp | grep -A1 "^Ip:" | cut -d" " -f1-3,14-
ip netns exec h1 ip route flush cache
ip -n h1 route get 10.2.0.1
ip -n h1 route show cache
