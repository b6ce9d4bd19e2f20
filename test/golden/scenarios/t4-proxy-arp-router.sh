# Proxy ARP: a router answers ARP for hosts on the other side, so two halves of one /24 talk without routes
ip netns add left; ip netns add right; ip netns add r
ip link add l0 netns left type veth peer name rl netns r
ip link add r0 netns right type veth peer name rr netns r
ip -n left addr add 192.168.50.10/24 dev l0; ip -n right addr add 192.168.50.200/24 dev r0
for x in "left l0" "right r0" "r rl" "r rr"; do set -- $x; ip -n $1 link set $2 up; done
ip -n r route add 192.168.50.10/32 dev rl
ip -n r route add 192.168.50.200/32 dev rr
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
echo "without proxy_arp:"
ip netns exec left ping -c 1 -W 1 192.168.50.200 | grep -o '[0-9] received'
ip -n left neigh show | awk '{print $1,$NF}'
ip netns exec r sysctl -w net.ipv4.conf.rl.proxy_arp=1 net.ipv4.conf.rr.proxy_arp=1
ip -n left neigh flush all
echo "with proxy_arp:"
ip netns exec left ping -c 2 -i 0.2 192.168.50.200 | grep -E 'ttl|received' | sed 's/time=.*//'
rl=$(ip netns exec r cat /sys/class/net/rl/address)
ip -n left neigh show 192.168.50.200 | sed "s/$rl/RL-MAC/"
echo "--- static proxy entry instead"
ip netns exec r sysctl -qw net.ipv4.conf.rl.proxy_arp=0
ip -n r neigh add proxy 192.168.50.201 dev rl
ip -n r neigh show proxy
ip -n left neigh flush all
ip netns exec left arping -c 1 -w 1 -I l0 192.168.50.201 2>&1 | grep -c 'Unicast reply'
ip netns exec left arping -c 1 -w 1 -I l0 192.168.50.200 2>&1 | grep -c 'Unicast reply'
