# A redirect's exception meeting a path MTU: the redirected next hop's link is smaller, Packet Too Big
# from r2 updates the same cached route (gateway kept, expiry and mtu added); ip -6 route flush cache.
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
ip -n r2 link set eth1 mtu 1300
ip -n far link set eth0 mtu 1300
ip -n r2 addr add 2001:db8:9::1/64 dev eth1 nodad; ip -n r2 link set eth1 up
ip -n far addr add 2001:db8:9::10/64 dev eth0 nodad; ip -n far link set eth0 up
ip -n far -6 route add default via 2001:db8:9::1
ip netns exec r1 sysctl -qw net.ipv6.conf.all.forwarding=1
ip netns exec r2 sysctl -qw net.ipv6.conf.all.forwarding=1
sleep 2
ip -n r1 -6 route add 2001:db8:9::/64 via fe80::ff:fe00:3 dev eth0
ip -n h1 -6 route add default via fe80::ff:fe00:2 dev eth0
ip netns exec h1 ping -c 1 -q 2001:db8:9::10 | grep received
ip -n h1 -6 route show cache
ip netns exec h1 ping -c 2 -s 1400 -M do 2001:db8:9::10 | grep -v rtt
ip -n h1 -6 route show cache | sed 's/expires [0-9]*sec/expires Nsec/'
ip -n h1 -6 route get 2001:db8:9::10 | sed 's/expires [0-9]*sec/expires Nsec/'
ip netns exec h1 ping -c 1 -s 1400 2001:db8:9::10 | grep -c 'bytes from'
ip -n h1 -6 route flush cache
ip -n h1 -6 route show cache
ip netns exec h1 nstat -az Icmp6InRedirects Icmp6InPktTooBigs
