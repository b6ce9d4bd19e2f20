# bridge-family chains on every bridge hook (frames counted without their Ethernet header,
# ARP too), a bridge drop, priority names; arp-family input/output chains on ARP packets.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1; sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns add a; ip netns add b
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge; ip link set br0 up
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip link set va master br0; ip link set vb master br0; ip link set va up; ip link set vb up
ip addr add 10.0.0.254/24 dev br0
ip -n a addr add 10.0.0.1/24 dev eth0; ip -n a link set eth0 up
ip -n b addr add 10.0.0.2/24 dev eth0; ip -n b link set eth0 up
nft add table bridge t
nft add chain bridge t pre '{ type filter hook prerouting priority -300; }'
nft add chain bridge t forw '{ type filter hook forward priority 0; }'
nft add chain bridge t in '{ type filter hook input priority 0; }'
nft add chain bridge t out '{ type filter hook output priority 0; }'
nft add chain bridge t post '{ type filter hook postrouting priority 0; }'
for c in pre forw in out post; do nft add rule bridge t $c ip protocol icmp counter; done
nft add rule bridge t forw iifname va oifname vb counter
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 >/dev/null; echo ping=$?
ip netns exec a ping -c 1 -W 1 10.0.0.254 >/dev/null; echo ping=$?
nft list ruleset
nft add rule bridge t forw ip daddr 10.0.0.2 drop
ip netns exec a ping -c 1 -W 1 10.0.0.2 >/dev/null; echo ping=$?
nft list chain bridge t forw
nft add table arp t
nft add chain arp t in '{ type filter hook input priority 0; }'
nft add chain arp t out '{ type filter hook output priority 0; }'
nft add rule arp t in counter
nft add rule arp t out counter
ip neigh flush dev br0
ip netns exec a ip neigh flush dev eth0
ip netns exec a ping -c 1 -W 1 10.0.0.254 >/dev/null; echo ping=$?
nft list table arp t
nft add chain arp t forw '{ type filter hook forward priority 0; }'; echo rc=$?
