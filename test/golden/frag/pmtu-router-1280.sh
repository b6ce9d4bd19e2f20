# Path MTU discovery and fragmentation across a 1280 link
for n in a r b; do ip netns add $n; ip -n $n link set lo up; done
ip link add eth0 netns a type veth peer name eth0 netns r
ip link add eth1 netns r type veth peer name eth0 netns b
ip -n r link set eth1 mtu 1280; ip -n b link set eth0 mtu 1280
ip -n a addr add 10.0.1.2/24 dev eth0; ip -n r addr add 10.0.1.1/24 dev eth0
ip -n r addr add 10.0.2.1/24 dev eth1; ip -n b addr add 10.0.2.2/24 dev eth0
for n in a r b; do ip -n $n link set eth0 up; done; ip -n r link set eth1 up
ip -n a route add default via 10.0.1.1; ip -n b route add default via 10.0.2.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec b tcpdump -n -v -i eth0 -c 6 icmp 2>/dev/null > /tmp/b.cap &
sleep 1
ip netns exec a ping -c 1 -M do -s 1400 10.0.2.2; echo "exit $?"
ip -n a route get 10.0.2.2
ip -n a route show cache
ip netns exec a ping -c 1 -M do -s 1400 10.0.2.2; echo "exit $?"
ip netns exec a ping -c 1 -M do -s 1252 10.0.2.2 | sed -n 2p
ip netns exec a ping -c 1 -s 1400 10.0.2.2 | sed -n 2p
ip netns exec a ping -c 1 -M dont -s 3000 10.0.2.2 | sed -n 2p
wait
sed 's/^[0-9:.]* //' /tmp/b.cap
ip netns exec r nstat -az IcmpOutDestUnreachs IcmpMsgOutType3 IpFragOKs IpFragCreates IpFragFails
ip netns exec b nstat -az IpReasmReqds IpReasmOKs IpReasmFails
ip netns exec a nstat -az IpFragCreates IpFragOKs IcmpInDestUnreachs
ip -n a route flush cache; ip -n a route get 10.0.2.2
