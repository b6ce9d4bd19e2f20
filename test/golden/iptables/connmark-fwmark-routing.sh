# CONNMARK + fwmark policy routing: replies of a connection leave by the uplink it came in on
ip netns add r; ip netns add c1; ip netns add c2
ip link add u1 netns r type veth peer name e0 netns c1
ip link add u2 netns r type veth peer name e0 netns c2
ip -n r addr add 10.1.0.1/24 dev u1; ip -n c1 addr add 10.1.0.2/24 dev e0
ip -n r addr add 10.2.0.1/24 dev u2; ip -n c2 addr add 10.2.0.2/24 dev e0
ip -n r addr add 192.0.2.1/32 dev lo
for n in r c1 c2; do ip -n $n link set lo up; done
ip -n r link set u1 up; ip -n r link set u2 up; ip -n c1 link set e0 up; ip -n c2 link set e0 up
ip -n c1 route add 192.0.2.1 via 10.1.0.1; ip -n c2 route add 192.0.2.1 via 10.2.0.1
ip -n r route add default via 10.1.0.2
R="ip netns exec r"
$R iptables -t mangle -A PREROUTING -i u2 -m conntrack --ctstate NEW -j CONNMARK --set-mark 2
$R iptables -t mangle -A OUTPUT -j CONNMARK --restore-mark
$R ip rule add fwmark 2 table 102
$R ip route add default via 10.2.0.2 table 102
ip netns exec c2 ping -c 2 -i 0.2 -W 1 192.0.2.1 | grep transmitted
ip netns exec c1 ping -c 1 -W 1 192.0.2.1 | grep transmitted
$R iptables -t mangle -L -n -v -x | sed 's/ \+/ /g' | grep -v '^$'
$R conntrack -L 2>&1 | sed 's/ \+/ /g' | sort
$R ip rule show
