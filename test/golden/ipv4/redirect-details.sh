# Redirect details: ip route get iif on the router shows <redirect>; an exception is listed only once a
# route was bound to it; r1's per-sender backoff (20 ms << n); UDP sockets take redirects too;
# send_redirects is ORed with conf.all; turning forwarding on sets conf.all.accept_redirects to 0.
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
ip -n r1 route get 10.9.0.10 from 192.168.0.10 iif eth0
ip netns exec h1 ping -c 1 10.9.0.10 > /dev/null
ip -n h1 route show cache
ip netns exec h1 ping -c 1 10.9.0.10 | head -3
ip -n h1 route show cache
ip -n h1 route get 10.9.0.10
ip -n h1 route get 10.9.0.10 from 192.168.0.10
ip -n h1 route get 10.9.0.10 tos 0x10
ip -n h1 route get 10.9.0.11
ip -n h1 route show cache 10.9.0.10
ip -n h1 route show cache table main
ip -n h1 -s route show cache
ip -n h1 neigh
ip netns exec h1 nc -u -w1 10.9.0.11 53 </dev/null; echo x | ip netns exec h1 nc -u -w1 10.9.0.12 53
ip -n h1 route show cache
ip netns exec r1 nstat -az IcmpOutRedirects
sleep 1
ip netns exec h1 ping -c 1 10.9.0.13 | head -3
ip -n h1 route show cache
ip netns exec r1 sysctl -w net.ipv4.conf.eth0.send_redirects=0
ip netns exec h1 ping -c 2 10.9.0.14 | head -3
ip netns exec r1 sysctl -w net.ipv4.conf.all.send_redirects=0
ip netns exec h1 ping -c 2 10.9.0.15 | head -3
ip netns exec h1 ping -c 2 -i 0.1 10.9.0.15 | head -3
ip netns exec r1 nstat -az IcmpOutRedirects
ip netns exec r1 sysctl -w net.ipv4.conf.all.send_redirects=1
ip netns exec h1 sysctl -w net.ipv4.conf.all.forwarding=1
ip netns exec h1 ping -c 2 10.9.0.16 | head -3
ip -n h1 route show cache
