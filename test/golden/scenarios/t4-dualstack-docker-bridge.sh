# A dual-stack docker-like bridge: IPv4 + IPv6 masquerade, both default routes, ping and nc over both families
ip netns add ext
ip link add uplink type veth peer name eth0 netns ext
ip addr add 198.18.0.2/24 dev uplink; ip -6 addr add 2001:db8:1::2/64 dev uplink nodad
ip link set uplink up; ip -n ext link set eth0 up; ip -n ext link set lo up
ip -n ext addr add 198.18.0.1/24 dev eth0; ip -n ext -6 addr add 2001:db8:1::1/64 dev eth0 nodad
ip route add default via 198.18.0.1; ip -6 route add default via 2001:db8:1::1
ip link add docker0 type bridge; ip link set docker0 up
ip addr add 172.17.0.1/16 dev docker0; ip -6 addr add fd00:dead:beef::1/64 dev docker0 nodad
ip netns add ctr
ip link add veth0 type veth peer name eth0 netns ctr
ip link set veth0 master docker0 up
ip -n ctr link set eth0 up; ip -n ctr link set lo up
ip -n ctr addr add 172.17.0.2/16 dev eth0; ip -n ctr -6 addr add fd00:dead:beef::2/64 dev eth0 nodad
ip -n ctr route add default via 172.17.0.1; ip -n ctr -6 route add default via fd00:dead:beef::1
sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.forwarding=1
sysctl net.ipv4.ip_forward net.ipv6.conf.all.forwarding
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
ip6tables -t nat -A POSTROUTING -s fd00:dead:beef::/64 ! -o docker0 -j MASQUERADE
sleep 0.5
ip netns exec ctr ping -c 1 198.18.0.1 | grep -o 'ttl=[0-9]*'
ip netns exec ctr ping -c 1 2001:db8:1::1 | grep -o 'ttl=[0-9]*'
ip netns exec ext sh -c 'timeout 4 nc -l -p 7000 > /tmp/ds4.out' &
ip netns exec ext sh -c 'timeout 4 nc -6 -l -p 7001 > /tmp/ds6.out' &
sleep 0.4
echo v4 | ip netns exec ctr nc -q 0 -w 1 198.18.0.1 7000
echo v6 | ip netns exec ctr nc -q 0 -w 1 2001:db8:1::1 7001
wait
cat /tmp/ds4.out /tmp/ds6.out
ip netns exec ext ss -Htn state time-wait 2>/dev/null | awk '{print $4}' | sort
conntrack -L 2>/dev/null | grep -o 'src=[0-9a-f.:]* dst=[0-9a-f.:]* sport=[0-9]* dport=700[01] src=[0-9a-f.:]* dst=[0-9a-f.:]*' | sed 's/sport=[0-9]*/sport=S/' | sort
ip -6 route show default; ip -n ctr -6 route show
