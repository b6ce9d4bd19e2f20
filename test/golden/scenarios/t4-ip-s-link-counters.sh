# ip -s link counters after traffic: veth pair both ends, a bridge, -s -s for errors, and reading /sys statistics
sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip netns add c1
ip netns exec c1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge; ip link set br0 up
# the bridge joins 224.0.0.106 on open (br_multicast_join_snoopers); its IGMP retransmit lands at a random time within 1s, so let it pass before ports exist
sleep 1.2
ip addr add 192.168.77.1/24 dev br0
ip link add vh type veth peer name eth0 netns c1
ip link set vh master br0 up
ip -n c1 addr add 192.168.77.2/24 dev eth0; ip -n c1 link set eth0 up
ip -s link show vh | sed -n '3,6p'
ip netns exec c1 ping -c 5 -i 0.2 -s 1000 192.168.77.1 > /dev/null
ip -s link show vh | sed -n '3,6p'
ip -n c1 -s link show eth0 | sed -n '3,6p'
ip -s -s link show br0 | sed -n '3,10p'
cat /sys/class/net/vh/statistics/rx_packets /sys/class/net/vh/statistics/tx_bytes
ip -s -br link 2>&1 | head -2
ip -j -s link show vh | grep -o '"rx":{"bytes":[0-9]*,"packets":[0-9]*'
ip -s -h link show br0 | sed -n 4p
