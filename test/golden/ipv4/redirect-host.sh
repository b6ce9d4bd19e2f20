# ICMP redirect: h1 routes through r1, but r2 on the same LAN is the better gateway for 10.9.0.0/24.
# r1 redirects (first redirect: h1 resolves r2; second: h1 records the new gateway), ip route get / show cache
# show it, flush cache forgets it, tcpdump sees it, nstat counts it.
ip netns add sw; ip netns add h1; ip netns add r1; ip netns add r2; ip netns add far
ip -n sw link add br0 type bridge; ip -n sw link set br0 up
for n in h1 r1 r2; do
  ip link add eth0 netns $n type veth peer name p-$n netns sw
  ip -n sw link set p-$n master br0; ip -n sw link set p-$n up
  ip -n $n link set eth0 up; ip -n $n link set lo up
done
ip -n h1 addr add 192.168.0.10/24 dev eth0
ip -n r1 addr add 192.168.0.1/24 dev eth0
ip -n r2 addr add 192.168.0.2/24 dev eth0
ip link add eth1 netns r2 type veth peer name eth0 netns far
ip -n r2 addr add 10.9.0.1/24 dev eth1; ip -n r2 link set eth1 up
ip -n far addr add 10.9.0.10/24 dev eth0; ip -n far link set eth0 up
ip -n far route add default via 10.9.0.1
ip -n h1 route add default via 192.168.0.1
ip -n r1 route add 10.9.0.0/24 via 192.168.0.2
ip netns exec r1 sysctl -w net.ipv4.ip_forward=1
ip netns exec r2 sysctl -w net.ipv4.ip_forward=1
ip netns exec r2 sysctl -w net.ipv4.conf.all.send_redirects=0
ip netns exec r1 sysctl net.ipv4.conf.all.send_redirects net.ipv4.conf.eth0.send_redirects
ip netns exec h1 sysctl net.ipv4.conf.all.accept_redirects net.ipv4.conf.eth0.accept_redirects
ip netns exec h1 tcpdump -n -i eth0 -c 6 icmp > /tmp/red.cap 2>/dev/null &
sleep 1
ip netns exec h1 ping -c 3 -i 0.3 10.9.0.10 | grep -v rtt
wait
sed 's/^[0-9:.]* //' /tmp/red.cap
ip -n h1 route get 10.9.0.10
ip -n h1 route show cache
ip netns exec h1 nstat -az IcmpInRedirects IcmpMsgInType5
ip netns exec r1 nstat -az IcmpOutRedirects IcmpMsgOutType5
ip -n h1 route flush cache
ip -n h1 route get 10.9.0.10
ip netns exec h1 sysctl -w net.ipv4.conf.all.accept_redirects=0
ip netns exec h1 ping -c 1 10.9.0.10 | grep -c 'Redirect'
sleep 0.5
ip -n h1 route show cache
ip -n h1 neigh show | sort
