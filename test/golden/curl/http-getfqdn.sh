# python3 -m http.server resolves the host name (socket.getfqdn) between bind() and listen(): in a
# namespace whose /etc/hosts lacks the name and whose nameserver is unreachable through its default
# route, the port refuses connections until the resolver has timed out (2 attempts of 5 s).
ip link add br0 type bridge; ip addr add 172.17.0.1/16 dev br0; ip link set br0 up
ip netns add c1
ip link add veth1 type veth peer name eth0 netns c1
ip link set veth1 master br0 up
ip -n c1 addr add 172.17.0.2/16 dev eth0; ip -n c1 link set eth0 up; ip -n c1 link set lo up
ip -n c1 route add default via 172.17.0.1
mkdir -p /etc/netns/c1
printf '127.0.0.1 localhost\n' > /etc/netns/c1/hosts
printf 'nameserver 192.0.2.53\n' > /etc/netns/c1/resolv.conf
mkdir -p /tmp/www; echo hello > /tmp/www/index.html; cd /tmp/www
ip netns exec c1 python3 -m http.server 80 > /dev/null 2>&1 &
sleep 3
curl -s -m 2 http://172.17.0.2/; echo rc=$?
ip netns exec c1 ss -tan
sleep 9
curl -s -m 2 http://172.17.0.2/; echo rc=$?
ip netns exec c1 ss -ltn
kill %1; wait
