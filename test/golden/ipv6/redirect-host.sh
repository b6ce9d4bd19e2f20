# IPv6 redirect: h1's default router r1 (by its link-local address) forwards to r2 on the same LAN:
# r1 sends a redirect (no target link-layer option yet), h1 takes it: route get / show cache, flush cache.
ip netns add sw; ip netns add h1; ip netns add r1; ip netns add r2; ip netns add far
ip -n sw link add br0 type bridge; ip -n sw link set br0 up
i=0
for n in h1 r1 r2; do
  i=$((i+1))
  ip link add eth0 netns $n type veth peer name p-$n netns sw
  ip -n $n link set eth0 address 02:00:00:00:00:0$i
  ip -n sw link set p-$n master br0; ip -n sw link set p-$n up
  ip -n $n link set eth0 up; ip -n $n link set lo up
done
ip -n h1 addr add 2001:db8:1::10/64 dev eth0 nodad
ip -n r1 addr add 2001:db8:1::1/64 dev eth0 nodad
ip -n r2 addr add 2001:db8:1::2/64 dev eth0 nodad
ip link add eth1 netns r2 type veth peer name eth0 netns far
ip -n r2 addr add 2001:db8:9::1/64 dev eth1 nodad; ip -n r2 link set eth1 up
ip -n far addr add 2001:db8:9::10/64 dev eth0 nodad; ip -n far link set eth0 up
ip -n far -6 route add default via 2001:db8:9::1
ip netns exec r1 sysctl -qw net.ipv6.conf.all.forwarding=1
ip netns exec r2 sysctl -qw net.ipv6.conf.all.forwarding=1
sleep 2
ip -n r1 -6 route add 2001:db8:9::/64 via fe80::ff:fe00:3 dev eth0
ip -n h1 -6 route add default via fe80::ff:fe00:2 dev eth0
ip netns exec h1 sysctl net.ipv6.conf.all.accept_redirects net.ipv6.conf.eth0.accept_redirects
ip netns exec h1 tcpdump -n -i eth0 -c 6 icmp6 and 'ip6[40] != 135 and ip6[40] != 136' > /tmp/red.cap 2>/dev/null &
sleep 1
ip netns exec h1 ping -c 3 -i 0.3 2001:db8:9::10 | grep -v rtt
wait
sed 's/^[0-9:.]* //' /tmp/red.cap
ip -n h1 -6 route get 2001:db8:9::10
ip -n h1 -6 route show cache
ip -n h1 -6 neigh show | sort
ip netns exec h1 nstat -az Icmp6InRedirects Icmp6InType137
ip netns exec r1 nstat -az Icmp6OutRedirects Icmp6OutType137
ip -n h1 -6 route flush cache
ip -n h1 -6 route get 2001:db8:9::10
