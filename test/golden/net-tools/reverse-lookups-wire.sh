# With a route to the nameserver, the PTR questions of arp/route/netstat without -n go out on the
# wire and wait for the resolver's timeout; tcpdump on the bridge sees them.
ip link add br0 type bridge
ip addr add 10.1.0.1/24 dev br0
ip link set br0 up
ip netns add c1
ip link add vh1 type veth peer name eth0 netns c1
ip link set vh1 master br0 up
ip -n c1 addr add 10.1.0.2/24 dev eth0
ip -n c1 link set eth0 up
ip -n c1 route add default via 10.1.0.1
mkdir -p /etc/netns/c1
printf 'nameserver 192.0.2.53\noptions timeout:1 attempts:1\n' > /etc/netns/c1/resolv.conf
printf 'hosts: files dns\n' > /etc/netns/c1/nsswitch.conf
ip -n c1 neigh add 10.1.0.9 lladdr 02:00:00:00:00:09 dev eth0
tcpdump -l -n -i br0 udp port 53 > cap.txt 2>/dev/null & t=$!
sleep 0.5
ip netns exec c1 arp -a 10.1.0.9; echo rc=$?
ip netns exec c1 route
ip netns exec c1 arp -an 10.1.0.9
sleep 0.5
kill $t; wait $t 2>/dev/null
sed -E 's/^[0-9:.]+ //; s/\.[0-9]+ > /.PORT > /; s/: [0-9]+\+/: ID+/' cap.txt
ip netns exec c1 nstat -az IpOutRequests UdpOutDatagrams | tail -2
