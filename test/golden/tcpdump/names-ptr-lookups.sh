# tcpdump without -n looks up each address the first time it prints it (gethostbyaddr: /etc/hosts,
# then a DNS PTR question; "::" is refused without one). Unreachable nameserver: each lookup costs
# two attempts (IpOutNoRoutes). Reachable one: the questions go out (destination before source),
# each waiting out the timeout, and tcpdump captures them too and names their addresses in turn.
ip link set lo up
ip addr add 10.9.0.1/24 dev lo
ip -6 addr add 2001:db8::1/64 dev lo
tcpdump -l -i lo -c 4 icmp or icmp6 2>/dev/null > cap.txt & t=$!
sleep 0.3
ping -c1 -q 10.9.0.1 >/dev/null
ping -6 -c1 -q 2001:db8::1 >/dev/null
wait $t
sed -E 's/^[0-9:.]+ //' cap.txt
nstat -az IpOutNoRoutes | tail -1
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
ping -c1 -q 10.1.0.2 > /dev/null
ip netns exec c1 timeout 10 tcpdump -l -i eth0 -c 5 'icmp or udp port 53' 2>/dev/null > cap2.txt & t=$!
sleep 0.3
ip netns exec c1 ping -c1 -q 10.1.0.1 > /dev/null
wait $t
sed -E 's/^[0-9:.]+ //; s/(10\.1\.0\.2)\.[0-9]+ > /\1.PORT > /; s/: [0-9]+\+/: ID+/' cap2.txt
