# ip -h / -iec scale the -s counters (print_num in ip/ipaddress.c): k/M with 1000, Ki/Mi with 1024; -iec alone changes nothing
sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip netns add c1
ip netns exec c1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge; ip link set br0 up
sleep 1.2
ip link add vh type veth peer name eth0 netns c1
ip link set vh master br0 up
ip addr add 192.168.77.1/24 dev br0
ip -n c1 addr add 192.168.77.2/24 dev eth0; ip -n c1 link set eth0 up
ip netns exec c1 ping -q -c 30 -i 0.01 -s 40000 192.168.77.1 >/dev/null
ip -s -h link show br0
ip -s -s -h -iec link show vh
ip -iec -s link show vh
ip -h -s -j link show vh | grep -o '"rx":{"bytes":[0-9]*'
