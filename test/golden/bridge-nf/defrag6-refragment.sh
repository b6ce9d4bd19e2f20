# bridged IPv6 fragments with br_netfilter and ip6tables conntrack
ip netns add c1; ip netns add c2
ip link add br0 type bridge; ip link set br0 up
ip link add h1 type veth peer name eth0 netns c1; ip link add h2 type veth peer name eth0 netns c2
ip link set h1 master br0 up; ip link set h2 master br0 up
ip -n c1 addr add fd10::2/64 dev eth0 nodad; ip -n c1 link set eth0 up
ip -n c2 addr add fd10::3/64 dev eth0 nodad; ip -n c2 link set eth0 up
sysctl -w net.bridge.bridge-nf-call-ip6tables=1
ip6tables -A FORWARD -p icmpv6 -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
ip netns exec c2 tcpdump -n -l -i eth0 icmp6 and 'ip6[6] == 44' > /tmp/p6.cap 2>/dev/null &
sleep 0.3
ip netns exec c1 ping -c 1 -s 3000 fd10::3 | grep -v rtt
sleep 0.2; kill %1; wait
sed -E 's/^[0-9:.]* //; s/frag \(0x[0-9a-f]+:/frag (ID:/' /tmp/p6.cap
ip6tables -L FORWARD -v -n -x
nstat -az | grep -E '^Ip6(Reasm|Frag|OutForw)'
conntrack -L -f ipv6 2>&1 | grep icmpv6
