# Bridged IPv6 runs through ip6tables (bridge-nf-call-ip6tables=1): a's
# neighbour discovery, MLD reports and router solicitation cross the bridge
# through PREROUTING, FORWARD and POSTROUTING (b has IPv6 off, so only a
# sends); the bridge's own packets do not reach FORWARD. A FORWARD DROP keeps
# them from b; call-ip6tables=0 bypasses ip6tables.
ip link add br0 type bridge
ip link set br0 up
ip netns add a
ip netns add b
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip netns exec b sysctl -qw net.ipv6.conf.eth0.disable_ipv6=1
ip link set va master br0
ip link set vb master br0
ip link set va up
ip link set vb up
ip -n b link set eth0 up
ip6tables -t raw -A PREROUTING -m physdev --physdev-in va
ip6tables -A FORWARD -p icmpv6 --icmpv6-type 143
ip6tables -A FORWARD -p icmpv6 --icmpv6-type 135 -j DROP
ip6tables -A FORWARD -i br0 -o br0 -m physdev --physdev-in va --physdev-out vb
ip6tables -t mangle -A POSTROUTING -m physdev --physdev-is-bridged
ip6tables -A INPUT -p icmpv6 --icmpv6-type 135
sleep 1
ip -n a link set eth0 up
sleep 3
ip6tables-save -c | grep -- "^\[" 
ip6tables -Z
sysctl -q net.bridge.bridge-nf-call-ip6tables=0
ip -n a link set eth0 down
ip -n a link set eth0 up
sleep 3
ip6tables-save -c | grep -- "^\[" 
