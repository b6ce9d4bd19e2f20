# conntrack reassembles IPv4 fragments at PRE_ROUTING (nf_defrag_ipv4); the router cuts them again on output
ip netns add ctr; ip netns add out
ip link add br7 type bridge; ip addr add 172.19.0.1/16 dev br7; ip link set br7 up
ip link add vc type veth peer name eth0 netns ctr; ip link set vc master br7 up
ip -n ctr addr add 172.19.0.2/16 dev eth0; ip -n ctr link set eth0 up; ip -n ctr route add default via 172.19.0.1
ip link add wan0 type veth peer name eth0 netns out; ip addr add 198.18.0.1/24 dev wan0; ip link set wan0 up
ip -n out addr add 198.18.0.9/24 dev eth0; ip -n out link set eth0 up; ip -n out link set lo up
ip -n out link set eth0 mtu 1400
sysctl -qw net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -s 172.19.0.0/16 ! -o br7 -j MASQUERADE
iptables -t nat -A PREROUTING -i wan0 -p udp --dport 5000 -j DNAT --to-destination 172.19.0.2:6000
ip netns exec out tcpdump -n -l -v -i eth0 ip > /tmp/dfm.cap 2>/dev/null &
sleep 0.3
ip netns exec ctr ping -c 2 -i 0.2 -s 2000 198.18.0.9 | grep -v rtt
ip netns exec ctr ping -c 1 -s 1400 -M do 198.18.0.9; echo rc=$?
ip netns exec ctr nc -u -l -p 6000 > /tmp/dfm.udp &
sleep 0.2
ip netns exec out sh -c 'printf %3000s | tr " " a | nc -u -w 1 198.18.0.1 5000'
sleep 0.3
kill %2 2>/dev/null; kill %1; wait
wc -c < /tmp/dfm.udp
sed 's/^[0-9:.]* //' /tmp/dfm.cap
conntrack -L -p udp 2>&1; conntrack -L -p icmp 2>&1 | sort
nstat -az | grep -E '^Ip(Reasm|Frag|ForwDatagrams)'
ip netns exec out nstat -az | grep -E '^Ip(Reasm|Frag)'
iptables -t nat -L -n -v -x
