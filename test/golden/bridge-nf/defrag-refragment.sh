# bridged IPv4 fragments with br_netfilter and conntrack: gathered at the bridge PRE_ROUTING, cut again at the port
ip netns add c1; ip netns add c2
ip link add br0 type bridge; ip link set br0 up; ip addr add 10.50.0.1/24 dev br0
ip link add h1 type veth peer name eth0 netns c1; ip link add h2 type veth peer name eth0 netns c2
ip link set h1 master br0 up; ip link set h2 master br0 up
ip -n c1 addr add 10.50.0.2/24 dev eth0; ip -n c1 link set eth0 up
ip -n c2 addr add 10.50.0.3/24 dev eth0; ip -n c2 link set eth0 up
modprobe br_netfilter 2>/dev/null; sysctl -w net.bridge.bridge-nf-call-iptables=1
iptables -A FORWARD -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
ip netns exec c2 tcpdump -n -l -i eth0 icmp > /tmp/p5.cap 2>/dev/null &
sleep 0.3
ip netns exec c1 ping -c 1 -s 3000 10.50.0.3 | grep -v rtt
sleep 0.2; kill %1; wait
sed 's/^[0-9:.]* //' /tmp/p5.cap
iptables -L FORWARD -v -n -x
nstat -az | grep -E '^Ip(Reasm|Frag|ForwDatagrams)'
conntrack -L 2>&1 | grep icmp
